using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.Ingest.Validation;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>Check: one reconciliation check of the importer's registry, by the code its findings carry.</summary>
public sealed class CheckGraphType : ObjectGraphType<CheckDefinition>
{
    public CheckGraphType()
    {
        Name = "Check";
        Description = "核对规则: a reconciliation check; findings carry its code.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("代码: the code findings of this check carry, e.g. HIERARCHY_SUBTOTAL_MISMATCH.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<SeverityGraphType>>("severity").Description("严重程度: the most severe finding it gives (sum checks give INFO within rounding).").Resolve(context => context.Source.Severity);
        Field<NonNullGraphType<StringGraphType>>("description").Description("说明: what it compares (Chinese).").Resolve(context => context.Source.Description);
        Field<StringGraphType>("descriptionEn").Description("英文说明: what it compares, in English (the project's own gloss).").Resolve(context => context.Source.DescriptionEn);
    }
}
