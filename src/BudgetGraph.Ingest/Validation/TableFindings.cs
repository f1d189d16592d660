using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Validation;

/// <summary>
/// The ERROR findings of a partial document, the same for every reader: a table of its set that is missing
/// (TABLE_MISSING) and one that could not be read (TABLE_UNREADABLE), each located at the table.
/// </summary>
public static class TableFindings
{
    public static FindingRecord Missing(string label) =>
        SumCheck.Create(CheckRegistry.TableMissing, label, null,
            $"The document has no table {label} (truncated, or its title could not be read): its figures are not imported and the checks that need it did not run. The rest of the document is imported; it is partial.",
            [new SourceLocation { Table = label }]);

    public static FindingRecord Unreadable(string label, DisclosureFormatException error, bool isPdf) =>
        SumCheck.Create(CheckRegistry.TableUnreadable, label, null,
            $"Table {label} could not be read: {error.Problem}{(error.RawText is null ? "" : $" (line text: \"{error.RawText}\")")}. Its figures are not imported and the checks that need it did not run; the rest of the document is imported: it is partial.",
            [new SourceLocation { Table = label, Line = isPdf ? null : error.Line }]);
}
