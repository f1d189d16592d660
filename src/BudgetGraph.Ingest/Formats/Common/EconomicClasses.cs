namespace BudgetGraph.Ingest.Formats.Common;

/// <summary>
/// Which basic spending an economic class is (DOMAIN.md): 人员经费 = 工资福利支出 (301) + 对个人和家庭的补助 (303);
/// 公用经费 = the others of 基本支出 (302 商品和服务支出, 310 资本性支出 …).
/// </summary>
public static class EconomicClasses
{
    public static bool IsPersonnel(string code) => code.StartsWith("301", StringComparison.Ordinal) || code.StartsWith("303", StringComparison.Ordinal);
}
