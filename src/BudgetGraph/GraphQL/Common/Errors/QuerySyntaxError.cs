using GraphQL.Execution;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>Query text that is not a GraphQL document, found before the parser sees it: a validation failure, as the parser's own.</summary>
public sealed class QuerySyntaxError(string message) : DocumentError(message);
