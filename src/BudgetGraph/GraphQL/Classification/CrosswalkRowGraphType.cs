using BudgetGraph.GraphQL.Common.DataLoading;
using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Money;
using BudgetGraph.GraphQL.Documents;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>CrosswalkRow: one paired code of the other economic scheme.</summary>
public sealed class CrosswalkRowGraphType : ObjectGraphType<CrosswalkRow>
{
    public CrosswalkRowGraphType(NodeByKeyLoader nodes)
    {
        Name = "CrosswalkRow";
        Description = "经济分类对照 — a code of the other economic scheme that a node's lines were paired with (部门预算经济分类 ↔ 政府预算经济分类), and how much.";
        Field<NonNullGraphType<ClassificationSchemeGraphType>>("scheme").Description("分类体系: the scheme of the paired code.").Resolve(context => context.Source.Scheme);
        Field<NonNullGraphType<StringGraphType>>("code").Description("科目编码: the paired code, e.g. 50501.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("科目名称: the paired code's name that year (the code itself when no name is known).")
            .Resolve(context => nodes.Load(context, Key(context.Source)).Then(node => node?.Name ?? context.Source.Code));
        Field<ClassificationNodeGraphType>("node").Description("科目: the paired code as a node of its tree; null when the code list of that year lacks it.")
            .Resolve(context => nodes.Load(context, Key(context.Source)));
        this.AmountField("amount", "金额: the amount of the lines that pair the two codes.", row => row.Amount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceRefGraphType>>>>("sources").Description("出处: the published cells (rows that pair the two codes).").Resolve(context => context.Source.Sources);
    }

    private static NodeKey Key(CrosswalkRow row) => new(row.Scheme, row.Year, row.Code);
}
