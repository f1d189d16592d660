using GraphQL;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>An argument that is well-formed GraphQL but makes no sense (a foreign cursor, an unknown level).</summary>
public sealed class BadUserInputError : ExecutionError
{
    public BadUserInputError(string message)
        : base(message) => Code = ErrorCodes.BadUserInput;
}
