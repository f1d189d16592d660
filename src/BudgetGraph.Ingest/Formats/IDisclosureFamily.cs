using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats;

/// <summary>
/// A family of documents that share a layout (Henan department budgets, Shanghai budgets, final accounts…). A family
/// recognises its documents by their content, never by file name, and turns one into domain records.
/// </summary>
public interface IDisclosureFamily
{
    /// <summary>Stable name stored with each document, e.g. "henan-dept-budget".</summary>
    string Name { get; }

    /// <summary>Cheap check on the text (of a text export, or rebuilt from a PDF): does this look like one of our documents?</summary>
    bool Recognises(DisclosureSource source);

    /// <summary>Reads a recognised document; throws <see cref="DisclosureFormatException"/> (located) on bad input.</summary>
    DisclosureContent Read(DisclosureSource source);

    /// <summary>
    /// Every document the file holds: one, or (a PDF holding a department's 汇总 and then its 本级 or units' sets) one
    /// per set, the department's first. Throws as <see cref="Read"/>.
    /// </summary>
    IReadOnlyList<DisclosureContent> ReadAll(DisclosureSource source) => [Read(source)];
}
