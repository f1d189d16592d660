using GraphQL.Validation;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>An argument found nonsensical while the request is validated (a negative page size): BAD_USER_INPUT before any SQL.</summary>
public sealed class InvalidArgumentError : ValidationError
{
    public InvalidArgumentError(string message)
        : base(message) => Code = ErrorCodes.BadUserInput;
}
