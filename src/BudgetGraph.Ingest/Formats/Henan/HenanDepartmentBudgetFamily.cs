using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Henan department budgets (部门预算): a narrative followed by 12 titled tables, cells separated by tabs with empty
/// cells kept, amounts in 万元. Recognised by its table titles; all 12 must be present.
/// </summary>
public sealed partial class HenanDepartmentBudgetFamily : IDisclosureFamily
{
    private readonly ReferenceNames _reference;

    public HenanDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }

    public HenanDepartmentBudgetFamily(ReferenceNames reference) => _reference = reference;

    public string Name => "henan-dept-budget";

    /// <summary>At least one tab-separated line, and the title of its overview, income or expenditure table.</summary>
    public bool Recognises(DisclosureSource source) =>
        source.Text.AnyLine(line => line.Contains('\t', StringComparison.Ordinal))
        && HenanTableCatalog.FindStarts(source).Any(s => s.Number is "01" or "02" or "03");

    public DisclosureContent Read(DisclosureSource source)
    {
        var text = source.Text;
        var found = LayoutCatalog.FindStarts(source.Layout, HenanTableCatalog.Tables, "");
        var starts = HenanTableCatalog.FindStarts(source, found);
        var missing = HenanTableCatalog.Tables.Where(t => starts.All(s => s.Number != t.Number)).Select(t => (t.Number, t.Title)).ToList();
        // The overview (name, year), the income table (the department's units) and the functional expenditure table
        // (the total) are needed to read anything; any other missing table makes the document partial.
        if (missing.Where(t => t.Number is "01" or "02" or "03").Select(t => $"{t.Number} {t.Title}").ToList() is [var first, ..] essential)
        {
            throw new MissingTableException(
                $"the document is incomplete (truncated?): table(s) {string.Join(", ", essential)} not found, without which its department or total cannot be established",
                text.FileName, first, text.LineCount, text.LineCount > 0 ? text[text.LineCount] : null);
        }

        var tables = TabbedTableReader.ReadAll(text, starts.Select(s => s.Start).ToList(), NationalTableWords.All)
            .ToDictionary(t => starts.Single(s => s.Start.Line == t.TitleLine).Number, StringComparer.Ordinal);
        var published = tables.Values.ToList();
        // A missing table reads as an empty one (no rows, no figures) so every reader and check sees it as empty; its
        // ERROR finding says it is missing, and it is not stored as a published table.
        foreach (var (number, title) in missing)
            tables[number] = Empty(text, number, title);
        foreach (var table in tables.Values)
            RejectMalformedNumbers(table);
        var overview = tables["01"];
        var year = starts.First(s => s.Number == "01").Year
            ?? throw new DisclosureFormatException("the overview table's title states no year (expected e.g. 2026年部门收支总体情况表)", text.FileName, overview.Label, overview.TitleLine, text[overview.TitleLine]);
        var departmentName = DepartmentName(overview)
            ?? throw new DisclosureFormatException("no 部门名称：… caption names the department", text.FileName, overview.Label, overview.TitleLine, text[overview.TitleLine]);
        var region = ReferenceNames.RegionFor(departmentName)
            ?? throw new DisclosureFormatException(
                $"no administrative division in data/reference/divisions.tsv starts the department name {departmentName}", text.FileName, overview.Label, overview.TitleLine, null);

        var document = new HenanDocument(text, tables, year, departmentName);
        var departments = HenanDepartments.Read(document["02"], region.Code, departmentName);
        var documentId = NaturalKeys.Document(departments.Department.Id, year, BudgetStage.Budget);
        var unreadableLayout = new List<(TableSpec Spec, DisclosureFormatException Error)>();
        var layout = HenanTableCatalog.ReadLayout(source, found, unreadableLayout, _reference, departments.All.Select(d => d.Code!).ToHashSet(StringComparer.Ordinal));
        // Without the expenditure table's figures the total cannot be established: refused with the table's reason.
        if (unreadableLayout.FirstOrDefault(u => u.Spec.Number == "03") is { Error: { } expenditureError })
            throw expenditureError;
        var expenditure = layout["03"];
        var unitOwners = UnitOwners(text.FileName, layout.Values, departments);
        // Each other table is read on its own: one that cannot be read counts as empty, with its ERROR finding.
        var unreadable = unreadableLayout.Select(u => new TableProblem(document[u.Spec.Number].Label, u.Error, IsPdf: false)).ToList();
        missing.AddRange(unreadableLayout.Select(u => (u.Spec.Number, document[u.Spec.Number].Title)));
        T Tolerant<T>(string number, Func<T> read, T empty)
        {
            try
            {
                return read();
            }
            catch (DisclosureFormatException error)
            {
                unreadable.Add(new TableProblem(document[number].Label, error, IsPdf: false));
                missing.Add((number, document[number].Title));
                return empty;
            }
        }

        var projects = Tolerant("10", () => HenanProjects.Read(document, departments), []);
        var goals = Tolerant("11", () => HenanDepartmentGoals.Read(document["11"]), []);
        var lines = new LayoutLines(layout, HenanTableCatalog.Views, departments.Department.Id, isPdf: false, unitOwners).Read();
        var narrative = HenanNarrative.Read(text, starts.Min(s => s.Start.Line), year, departmentName);

        List<TableProblem> problems =
            [.. missing.Where(t => !unreadable.Any(u => u.Table.StartsWith(t.Number, StringComparison.Ordinal))).Select(t => new TableProblem($"{t.Number} {t.Title}", null, IsPdf: false)), .. unreadable];

        return new DisclosureContent
        {
            Family = Name,
            DocumentId = documentId,
            Title = $"{departments.Department.Name}{year}年部门预算",
            Year = year,
            Stage = BudgetStage.Budget,
            Publisher = departments.Department.Name,
            Region = region,
            Departments = departments.All.ToList(),
            Tables = tables.Where(t => published.Contains(t.Value)).Select(t => HenanTableRecords.ToRecord(t.Value, t.Key)).OrderBy(t => t.Number, StringComparer.Ordinal).ToList(),
            Lines = lines,
            Classification = LayoutClassification.Build(
                [(ClassificationScheme.Functional, expenditure), .. layout.Where(t => t.Key is "06" or "07").OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (ClassificationScheme.EconomicDepartment, t.Value))], lines, _reference),
            Projects = projects,
            DepartmentIndicators = goals,
            Comparisons = narrative.Comparisons,
            Facts = narrative.Facts,
            Glossary = narrative.Glossary,
            PrintedTotal = layout.GetValueOrDefault(HenanTableCatalog.Views.Overview) is { } printedOverview ? OverviewAmount.Find(printedOverview, HenanTableCatalog.Views.OverviewSpending, isPdf: false)?.Amount : null,
            TableProblems = problems,
            Reconciliation = new HenanReconciliationInput(layout),
        };
    }

    /// <summary>
    /// The department record of each unit code the classified tables list rows under: every one must be a unit table 02
    /// lists, else the table names a unit the document does not have.
    /// </summary>
    private static Dictionary<string, string> UnitOwners(string fileName, IEnumerable<LayoutTable> tables, HenanDepartments departments)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var row in table.Classified.Where(r => r.IsUnitRow))
            {
                owners[row.UnitCode!] = departments.ByCode(row.UnitCode!)?.Id
                    ?? throw new MalformedRowException($"department code {row.UnitCode} is not listed in table 02", fileName, table.Label, row.Row.Line, row.Row.Raw);
            }
        }

        return owners;
    }

    private static TextTable Empty(SourceText text, string number, string title) =>
        new() { FileName = text.FileName, Title = title, Label = $"{number} {title}", TitleLine = text.LineCount, Rows = [], Notes = [], Captions = [] };

    private static string? DepartmentName(TextTable table) =>
        table.Captions.Select(c => DepartmentCaption().Match(c.Text)).Where(m => m.Success).Select(m => m.Groups["name"].Value.Trim()).FirstOrDefault();

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

    [GeneratedRegex(@"^部门名称[：:](?<name>.+)$")]
    private static partial Regex DepartmentCaption();

    [GeneratedRegex(@"^[+-]?[\d.,]*\d[\d.,]*$")]
    private static partial Regex NumberLike();
}
