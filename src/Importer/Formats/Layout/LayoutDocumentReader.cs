using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Formats.Common;
using BudgetGraph.Importer.Formats.Layout;
using BudgetGraph.Importer.Formats.Narrative;
using BudgetGraph.Importer.Formats.Reference;
using BudgetGraph.Importer.Parsing;
using BudgetGraph.Importer.Validation;
using static BudgetGraph.Importer.Formats.Shanghai.ShanghaiBudgetTables;

namespace BudgetGraph.Importer.Formats.Shanghai;

/// <summary>
/// Reads one Shanghai budget: finds its 9 tables (any other titled table is a WARNING), identifies the department by
/// region and name (Shanghai prints no department code), and turns the tables into lines, names and findings.
/// </summary>
internal sealed class ShanghaiBudgetReader(DisclosureSource source, ShanghaiBudgetKind kind, ReferenceNames reference)
{
    public DisclosureContent Read()
    {
        var starts = LayoutCatalog.FindStarts(source.Layout, All, kind.TitlePrefixes);
        var missing = All.Where(t => starts.All(s => s.Spec != t)).Select(t => $"{t.Number} {t.Title}").ToList();
        if (missing.Count > 0)
        {
            throw new MissingTableException($"the {kind.ScopeWord} is incomplete (truncated?): table(s) {string.Join(", ", missing)} not found",
                source.FileName, missing[0], source.Text.LineCount, null);
        }

        var tables = LayoutTableReader.ReadAll(source, starts).ToDictionary(t => t.Spec.Number, StringComparer.Ordinal);
        var overview = tables[Overview];
        var year = starts.FirstOrDefault(s => s.Year is not null)?.Year
            ?? throw new DisclosureFormatException("no table title states the year (expected e.g. 2025年部门收入预算总表)", source.FileName, overview.Label, overview.TitleLine.Line, overview.TitleLine.Text);
        var name = tables.Values.Select(t => t.Publisher).FirstOrDefault(p => !string.IsNullOrEmpty(p)) is { } publisher
            ? HeaderText.Normalise(publisher)
            : throw new DisclosureFormatException("no 编制部门：… / 编制单位：… caption names the department", source.FileName, overview.Label, overview.TitleLine.Line, overview.TitleLine.Text);
        var region = reference.RegionFor(name)
            ?? throw new DisclosureFormatException($"no administrative division in data/reference/regions.tsv is a prefix of the name {name}", source.FileName, overview.Label, overview.TitleLine.Line, null);
        var department = new Department { Id = Department.MakeId(region.Code, kind.Scope, name), RegionCode = region.Code, Name = name, Scope = kind.Scope };
        var documentId = Document.MakeId(department.Id, year, BudgetStage.Budget);

        var lines = new ShanghaiLines(tables, department.Id, documentId, year, source.IsPdf).Read();
        var findings = new List<Finding>();
        foreach (var unknown in starts.Where(s => s.Spec is null))
            findings.Add(UnknownTable(unknown));
        new ShanghaiReconciler(tables, source.IsPdf).Check(findings);
        var narrative = NarrativeParagraphs.Outside(source, tables.Values);
        var comparisons = StatedComparisonReader.Read(narrative, documentId, year).ToList();
        findings.AddRange(NarrativeYears.Check(comparisons, year));
        foreach (var finding in findings)
            finding.DocumentId = documentId;

        return new DisclosureContent
        {
            Family = kind.FamilyName,
            DocumentId = documentId,
            Title = $"{name}{year}年{kind.ScopeWord}",
            Year = year,
            Stage = BudgetStage.Budget,
            Publisher = name,
            Region = region,
            Departments = [department],
            Tables = tables.Values.OrderBy(t => t.Spec.Number, StringComparer.Ordinal).Select(t => LayoutTableRecords.ToRecord(t, documentId, source.IsPdf)).ToList(),
            Lines = lines,
            Classification = LayoutClassification.Build(year,
                [(ClassificationScheme.Functional, tables[Expenditure]), (ClassificationScheme.Functional, tables[Income]), (ClassificationScheme.Functional, tables[GeneralPublicBudget]),
                 (ClassificationScheme.EconomicDepartment, tables[BasicEconomic])], lines, reference),
            Projects = [],
            DepartmentIndicators = [],
            Comparisons = comparisons,
            Facts = NarrativeFacts.Read(narrative, documentId, name),
            Glossary = [],
            Findings = findings,
        };
    }

    private Finding UnknownTable(TableStartLine start) =>
        SumCheck.Create(Severity.Warning, "UNKNOWN_TABLE", start.PrintedTitle, null,
            $"The document has a table this importer does not read: \"{start.PrintedTitle}\" (page {start.Line.Page}{(source.IsPdf ? "" : $", line {start.Line.Line}")}). It is not imported; its figures are not in any view.",
            [new SourceLocation { Table = start.PrintedTitle, Line = source.IsPdf ? null : start.Line.Line, Page = start.Line.Page }]);
}
