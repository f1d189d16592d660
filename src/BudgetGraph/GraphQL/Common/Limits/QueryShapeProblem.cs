using BudgetGraph.GraphQL.Common.Errors;
using GraphQL;
using GraphQLParser;

namespace BudgetGraph.GraphQL.Common.Limits;

/// <summary>Why <see cref="QueryShape"/> refused a query: past a limit (QUERY_TOO_LARGE), or not well formed, at a line and column.</summary>
/// <param name="IsLength">The text itself is longer than the API reads: 413 Content Too Large; other limits are 400.</param>
public sealed record QueryShapeProblem(bool IsSyntax, string Message, int? Line, int? Column, bool IsLength = false)
{
    public static QueryShapeProblem TooLarge(string message, bool isLength = false) => new(false, message, null, null, isLength);

    /// <summary>A syntax error located as the parser locates it (1-based line and column), found in one pass.</summary>
    public static QueryShapeProblem Syntax(string description, string text, int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new(true, $"Error parsing query: {description}.", line, position - lineStart + 1);
    }

    /// <summary>The error the answer carries: a validation failure, as the parser's own syntax errors are, or QUERY_TOO_LARGE.</summary>
    public ExecutionError ToError()
    {
        ExecutionError error = IsSyntax ? new QuerySyntaxError(Message) : new QueryTooLargeError(Message, IsLength);
        if (Line is { } line && Column is { } column)
            error.AddLocation(new Location(line, column));
        return error;
    }
}
