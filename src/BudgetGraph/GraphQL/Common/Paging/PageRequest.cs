using System.Globalization;
using System.Text;
using BudgetGraph.GraphQL.Common.Errors;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;

namespace BudgetGraph.GraphQL.Common.Paging;

/// <summary>
/// The first/after/last/before arguments of a connection. Cursors are opaque to clients; inside they are positions
/// in the connection's stable order (every order ends with the id), like HotChocolate's offset paging.
/// </summary>
public sealed record PageRequest(int? First, int? AfterIndex, int? Last, int? BeforeIndex)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    private const string CursorPrefix = "budgetgraph:";

    public static void AddArguments<TSource, TReturn>(global::GraphQL.Builders.FieldBuilder<TSource, TReturn> field)
    {
        field.Argument<IntGraphType>("first", $"每页条数: number of items after the cursor (default {DefaultPageSize}, at most {MaxPageSize}).");
        field.Argument<StringGraphType>("after", "起始游标: cursor of the item the page starts after.");
        field.Argument<IntGraphType>("last", $"每页条数: number of items before the cursor (at most {MaxPageSize}).");
        field.Argument<StringGraphType>("before", "截止游标: cursor of the item the page ends before.");
        field.ValidateArguments(Validate);
    }

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        return new PageRequest(first, Decode("after", context.GetArgument<string?>("after")), last, Decode("before", context.GetArgument<string?>("before")));
    }

    public static string Encode(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + index.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// Checks page sizes while the request is validated, after variables are coerced: an oversized page is refused
    /// before any resolver (and so any SQL) runs, wherever the connection sits in the query.
    /// </summary>
    private static void Validate(FieldArgumentsValidationContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        Check("first", first);
        Check("last", last);
        if (first is not null && last is not null)
            throw new InvalidArgumentError("Use either 'first' or 'last', not both.");
    }

    private static void Check(string argument, int? size)
    {
        if (size < 0)
            throw new InvalidArgumentError($"'{argument}' must not be negative.");
        if (size > MaxPageSize)
            throw new PageSizeExceededError(argument, size.Value, MaxPageSize);
    }

    private static int? Decode(string argument, string? cursor)
    {
        if (cursor is null)
            return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                return index;
        }
        catch (FormatException)
        {
            // Not base64: reported below like any other foreign cursor.
        }

        throw new BadUserInputError($"'{argument}' is not a cursor of this connection.");
    }
}
