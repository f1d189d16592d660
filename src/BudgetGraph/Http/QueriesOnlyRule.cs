using GraphQL.Validation;
using GraphQLParser.AST;

namespace BudgetGraph.Http;

/// <summary>
/// The API is read-only: a mutation or subscription is a validation error (GRAPHQL_VALIDATION_FAILED, 400 with
/// graphql-response+json), refused before execution, where the executor would otherwise fail on the missing root type
/// as an INTERNAL error. GET keeps its own rule, answered 405.
/// </summary>
internal sealed class QueriesOnlyRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(
                context.Document.Source, null, $"This API is read-only: it runs queries, not a {context.Operation.Operation.ToString().ToLowerInvariant()}.", context.Operation));
        }

        return default;
    }
}
