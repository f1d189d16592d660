using BudgetGraph.GraphQL.Common.Enums;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>CitationStyle enum.</summary>
public sealed class CitationStyleGraphType : EnumerationGraphType<CitationStyle>
{
    public CitationStyleGraphType()
    {
        Name = "CitationStyle";
        Description = "引用格式 — how a citation is written.";
        this.Describe("TEXT", "纯文本: one line, e.g. \"新乡市红旗区行政审批和政务信息管理局2026年部门预算, 表07 支出经济分类汇总表, 第1行, 总计列 (file sha256 31d5845a9c09…)\".");
    }
}
