using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Henan's form tables, laid out as no other profile's: 10 项目支出表 (the projects), 12 项目绩效目标汇总表 (their codes
/// and indicators, joined by name) and 11 整体绩效目标表 (the department's targets). Each is read as a grid of cells; one
/// that cannot be read is a located problem and reads as empty.
/// </summary>
internal sealed partial class HenanForms : ILayoutForms
{
    private static readonly string[] _forms = ["10", "11", "12"];

    public LayoutForms Read(DisclosureSource source, IReadOnlyList<TableStartLine> starts, LayoutUnits units, List<TableProblem> problems)
    {
        var text = source.Text;
        var found = starts.Where(s => s.Spec is not null && _forms.Contains(s.Spec.Number)).OrderBy(s => s.Line.Line).ToList();
        var read = TabbedTableReader.ReadAll(text, found.Select(s => new TableStart(s.Line.Line, s.Spec!.Title, $"{s.Spec.Number} {s.Spec.Title}")).ToList(), NationalTableWords.All);
        var tables = found.Zip(read).ToDictionary(p => p.First.Spec!.Number, p => p.Second, StringComparer.Ordinal);
        foreach (var number in _forms.Where(n => !tables.ContainsKey(n)))
        {
            var spec = HenanTableCatalog.Tables.Single(t => t.Number == number);
            tables[number] = new TextTable { FileName = text.FileName, Title = spec.Title, Label = $"{number} {spec.Title}", TitleLine = text.LineCount, Rows = [], Notes = [], Captions = [] };
        }

        var document = new HenanDocument(text, tables);
        T Tolerant<T>(string number, Func<T> readForm, T empty)
        {
            try
            {
                RejectMalformedNumbers(tables[number]);
                return readForm();
            }
            catch (DisclosureFormatException error)
            {
                problems.Add(new TableProblem(tables[number].Label, error, IsPdf: false));
                return empty;
            }
        }

        return new LayoutForms(
            Tolerant("10", () => HenanProjects.Read(document, units), []),
            Tolerant("11", () => HenanDepartmentGoals.Read(tables["11"]), []));
    }

    /// <summary>A cell made of digits, dots and commas must be a well-formed number wherever it stands.</summary>
    private static void RejectMalformedNumbers(TextTable table)
    {
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (row[c] is { } cell && NumberLike().IsMatch(cell))
                    table.Amount(row, c);
            }
        }
    }

    [GeneratedRegex(@"^[+-]?[\d.,]*\d[\d.,]*$")]
    private static partial Regex NumberLike();
}
