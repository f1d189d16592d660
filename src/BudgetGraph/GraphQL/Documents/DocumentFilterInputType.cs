using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Filtering;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>DocumentFilterInput.</summary>
public sealed class DocumentFilterInputType : InputObjectGraphType<DocumentFilter>
{
    public DocumentFilterInputType()
    {
        Name = "DocumentFilterInput";
        Description = "文件筛选 — filter on documents; all given fields must hold.";
        Field<IntOperationFilterInputType>("year").Description("预算年度: fiscal year.");
        Field<BudgetStageOperationFilterInputType>("stage").Description("预算 or 决算.");
        Field<IdOperationFilterInputType>("department").Description("发布部门: the publishing department's (or unit's) id.");
        Field<StringOperationFilterInputType>("sha256").Description("文件哈希: sha256 of the imported file.");
    }
}
