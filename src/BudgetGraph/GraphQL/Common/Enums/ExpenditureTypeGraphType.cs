using GraphQL.Types;
using ExpenditureTypeEntity = BudgetGraph.Data.Values.ExpenditureType;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>ExpenditureType: 基本支出 (人员经费, 公用经费) or 项目支出.</summary>
public sealed class ExpenditureTypeGraphType : EnumerationGraphType<ExpenditureTypeEntity>
{
    public ExpenditureTypeGraphType()
    {
        Name = "ExpenditureType";
        Description = "支出类型 — basic spending (personnel, public) or project spending.";
        this.Describe("BASIC", "基本支出, where a document does not split personnel from public spending.");
        this.Describe("BASIC_PERSONNEL", "人员经费 (personnel): 工资福利支出 + 对个人和家庭的补助.");
        this.Describe("BASIC_PUBLIC", "公用经费 (public/operating): 商品和服务支出 + 资本性支出.");
        this.Describe("PROJECT", "项目支出 (project spending).");
    }
}
