using BudgetGraph.GraphQL.Common.Errors;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace BudgetGraph.Export;

/// <summary>An export whose query does not select exactly one root field, so it has no single table to write.</summary>
public sealed class SingleRootFieldError : ValidationError
{
    public SingleRootFieldError(ROM originalQuery, ASTNode operation, int rootFields)
        : base(originalQuery, null, $"An export writes one table, so its query must select exactly one root field (e.g. breakdown or budgetLines); this one selects {rootFields}.", operation)
        => Code = ErrorCodes.BadUserInput;
}
