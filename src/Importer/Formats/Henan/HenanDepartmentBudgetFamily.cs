using System.Text.RegularExpressions;
using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Formats.Reference;
using BudgetGraph.Importer.Parsing;
using BudgetGraph.Importer.Validation.Henan;

namespace BudgetGraph.Importer.Formats.Henan;

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

    /// <summary>Its overview table's title and at least one tab-separated line.</summary>
    public bool Recognises(DisclosureSource source) => Recognises(source.Text);

    public DisclosureContent Read(DisclosureSource source) => Read(source.Text);

    private static bool Recognises(SourceText text) =>
        HenanTableCatalog.FindStarts(text).Any(s => s.Number is "01" or "02" or "03")
        && Enumerable.Range(1, text.LineCount).Any(l => text[l].Contains('\t', StringComparison.Ordinal));

    private DisclosureContent Read(SourceText text)
    {
        var starts = HenanTableCatalog.FindStarts(text);
        var missing = HenanTableCatalog.Tables.Where(t => starts.All(s => s.Number != t.Number)).Select(t => $"{t.Number} {t.Title}").ToList();
        if (missing.Count > 0)
        {
            throw new MissingTableException(
                $"the document is incomplete (truncated?): table(s) {string.Join(", ", missing)} not found",
                text.FileName, missing[0], text.LineCount, text.LineCount > 0 ? text[text.LineCount] : null);
        }

        var tables = TabbedTableReader.ReadAll(text, starts.Select(s => s.Start).ToList())
            .ToDictionary(t => starts.Single(s => s.Start.Line == t.TitleLine).Number, StringComparer.Ordinal);
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
        var documentId = Document.MakeId(departments.Department.Id, year, BudgetStage.Budget);
        var expenditure = HenanFunctionalTable.Read(document, document["03"]);
        var publicBudget = HenanFunctionalTable.Read(document, document["05"]);
        var basic = HenanEconomicTables.ReadBasic(document, document["06"]);
        var summary = HenanEconomicTables.ReadSummary(document, document["07"]);
        var lines = HenanExpenditureLines.Read(expenditure, departments, documentId, year)
            .Concat(HenanEconomicLines.Read(document["06"], basic, expenditure, publicBudget, departments.Department, documentId, year))
            .Concat(HenanIncomeLines.Read(document, document["02"], departments, documentId))
            .ToList();
        var narrative = HenanNarrative.Read(text, starts.Min(s => s.Start.Line), documentId, year, departmentName);

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
            Tables = tables.Select(t => HenanTableRecords.ToRecord(t.Value, t.Key, documentId)).OrderBy(t => t.Number, StringComparer.Ordinal).ToList(),
            Lines = lines,
            Classification = HenanClassification.Build(year, expenditure, basic.Concat(summary), lines, _reference),
            Projects = HenanProjects.Read(document, departments, documentId),
            DepartmentIndicators = HenanDepartmentGoals.Read(document["11"], documentId),
            Comparisons = narrative.Comparisons,
            Facts = narrative.Facts,
            Glossary = narrative.Glossary,
            PrintedTotal = HenanRows.Find(document["01"], 2, "本年支出合计") is { } printed ? document.Units(document["01"], printed, 3) : null,
            Findings = new HenanReconciler(document, expenditure, publicBudget, basic, summary).Check(documentId),
        };
    }

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
