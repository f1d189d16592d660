using GraphQL.Validation;
using GraphQLParser.AST;

namespace BudgetGraph.Http;

/// <summary>
/// GET must be safe, so it may only run queries (GraphQL over HTTP); the handler answers this error with 405.
/// The API has no mutations today, but the rule keeps the promise if one is ever added.
/// </summary>
internal sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public static QueryOnlyOverGetRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new QueryOnlyOverGetError(
                context.Document.Source, context.Operation, $"GET can only run queries, not a {context.Operation.Operation.ToString().ToLowerInvariant()}; use POST."));
        }

        return default;
    }
}
