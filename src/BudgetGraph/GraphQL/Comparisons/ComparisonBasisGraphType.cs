using BudgetGraph.GraphQL.Common.Enums;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>ComparisonBasis enum.</summary>
public sealed class ComparisonBasisGraphType : EnumerationGraphType<ComparisonBasis>
{
    public ComparisonBasisGraphType()
    {
        Name = "ComparisonBasis";
        Description = "比较依据 — where the base figure of a comparison comes from.";
        this.Describe("DOCUMENTS", "公开文件: both years' imported documents.");
        this.Describe("STATED", "The base year has no document: base = current − the change the narrative states (与上年相比…).");
    }
}
