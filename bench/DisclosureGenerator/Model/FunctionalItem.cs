using BudgetGraph.DisclosureGenerator.Catalog;

namespace BudgetGraph.DisclosureGenerator.Model;

/// <summary>
/// One 项 row of the expenditure table, amounts in 元: basic spending by economic 类 column (工资福利, 对个人和家庭的补助,
/// 商品和服务, 资本性) and project spending by kind (其他运转类, 特定目标类).
/// </summary>
public sealed record FunctionalItem(FunctionalCode Code, long Salaries, long Households, long Goods, long Capital, long Operating, long Targeted)
{
    public long Personnel => Salaries + Households;

    public long Public => Goods + Capital;

    public long Basic => Personnel + Public;

    public long Project => Operating + Targeted;

    public long Total => Basic + Project;
}
