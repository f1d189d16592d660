using GraphQL.Validation;

namespace BudgetGraph.Export;

/// <summary>
/// Refuses an export whose operation selects other than one root field, during validation: nothing is resolved or
/// read from the database for a query that could not be written as one table.
/// </summary>
internal sealed class SingleRootFieldRule : ValidationRuleBase
{
    public static SingleRootFieldRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var rootFields = SelectionFields.Of(context.Operation.SelectionSet, context.Document).Count();
        if (rootFields != 1)
            context.ReportError(new SingleRootFieldError(context.Document.Source, context.Operation, rootFields));
        return default;
    }
}
