using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Henan's form tables, laid out as no other profile's: 10 项目支出表 (the projects), 12 项目绩效目标汇总表 (their codes
/// and indicators, joined by name) and 11 整体绩效目标表 (the department's targets). Each is the shared reader's table,
/// seen as its grid of cells (a grid export keeps every cell in place); one the reader could not read, or that the
/// document lacks, is already a located problem and reads as empty; one whose layout is not the form's is a problem here.
/// </summary>
internal sealed class HenanForms : ILayoutForms
{
    private static readonly string[] _forms = ["10", "11", "12"];

    public LayoutForms Read(DisclosureSource source, IReadOnlyDictionary<string, LayoutTable> tables, LayoutUnits units, List<TableProblem> problems)
    {
        var text = source.Text;
        var grids = new Dictionary<string, TextTable>(StringComparer.Ordinal);
        var tableUnits = new Dictionary<string, TableUnit?>(StringComparer.Ordinal);
        foreach (var number in _forms)
        {
            var spec = HenanTableCatalog.Tables.Single(t => t.Number == number);
            var grid = tables.GetValueOrDefault(number) is { } table ? Grid(text, table) : Empty(text, spec);
            grids[number] = grid;
            tableUnits[grid.Label] = tables.GetValueOrDefault(number)?.Unit;
        }

        var document = new HenanDocument(text, grids, tableUnits);
        T Tolerant<T>(string number, Func<T> readForm, T empty)
        {
            try
            {
                return readForm();
            }
            catch (DisclosureFormatException error)
            {
                problems.Add(new TableProblem(grids[number].Label, error, IsPdf: false));
                return empty;
            }
        }

        return new LayoutForms(
            Tolerant("10", () => HenanProjects.Read(document, units), []),
            Tolerant("11", () => HenanDepartmentGoals.Read(grids["11"]), []));
    }

    /// <summary>The table's lines as the export prints them, cell for cell (trimmed; null = empty), padded to its widest line.</summary>
    private static TextTable Grid(SourceText text, LayoutTable table)
    {
        return new TextTable
        {
            FileName = text.FileName,
            Title = table.Spec.Title,
            Label = table.Label,
            TitleLine = table.TitleLine.Line,
            Rows = [.. table.GridCells(text).Select((l, i) => new TextRow(i + 1, l.Line.Line, l.Cells, text[l.Line.Line]))],
            Notes = [],
            Captions = [],
        };
    }

    private static TextTable Empty(SourceText text, TableSpec spec) =>
        new() { FileName = text.FileName, Title = spec.Title, Label = $"{spec.Number} {spec.Title}", TitleLine = text.LineCount, Rows = [], Notes = [], Captions = [] };
}
