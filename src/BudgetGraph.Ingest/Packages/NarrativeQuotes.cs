using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Validation;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// The data package ships figures, not the documents' narrative (its text is not ours to redistribute): a finding whose
/// message quotes a narrative sentence (<see cref="CheckDefinition.QuotesNarrative"/>) is written without the quote.
/// </summary>
public static partial class NarrativeQuotes
{
    public static string Without(string code, string message) =>
        CheckRegistry.Find(code) is { QuotesNarrative: true }
            ? Quote().Replace(message, "").TrimEnd()
            : message;

    /// <summary>A quoted sentence, bare or in parentheses, with the space before it.</summary>
    [GeneratedRegex("""\s*\(?"[^"]*"\)?""")]
    private static partial Regex Quote();
}
