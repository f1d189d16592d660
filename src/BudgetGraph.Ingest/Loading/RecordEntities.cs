using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BudgetGraph.Data.Entities;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Maps what Formats and Validation produce (plain records) to the entities Loading writes: the one place that knows
/// both shapes. A document's own rows get its id, year and stage here, so records carry only what the document printed.
/// </summary>
internal static class RecordEntities
{
    // Cells keep their Chinese text readable in the database (the API decodes either way).
    private static readonly JsonSerializerOptions _cells = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Region ToEntity(this RegionRecord region) => new() { Code = region.Code, Name = region.Name };

    public static Department ToEntity(this DepartmentRecord department) => new()
    {
        Id = department.Id,
        RegionCode = department.RegionCode,
        Code = department.Code,
        Name = department.Name,
        Scope = department.Scope,
        ParentId = department.ParentId,
    };

    public static ClassificationNode ToEntity(this ClassificationNodeRecord node, int year) => new()
    {
        Scheme = node.Scheme,
        Year = year,
        Code = node.Code,
        Name = node.Name,
        NameOrigin = node.NameOrigin,
        Level = node.Level,
        ParentCode = node.ParentCode,
    };

    public static DisclosedTable ToEntity(this DisclosedTableRecord table, string documentId)
    {
        var entity = new DisclosedTable
        {
            DocumentId = documentId,
            Number = table.Number,
            Title = table.Title,
            Unit = table.Unit,
            IsEmpty = table.IsEmpty,
            Note = table.Note,
            Line = table.Line,
            Page = table.Page,
        };
        entity.Rows.AddRange(table.Rows.Select(row => new DisclosedRow
        {
            Row = row.Row,
            IsHeader = row.IsHeader,
            Line = row.Line,
            Page = row.Page,
            CellsJson = CellsJson(row.Cells),
        }));
        return entity;
    }

    /// <summary>A row's cells as stored: a JSON array of strings, null for an empty cell.</summary>
    public static string CellsJson(IReadOnlyList<string?> cells) => JsonSerializer.Serialize(cells, _cells);

    public static BudgetLine ToEntity(this BudgetLineRecord line, DisclosureContent document) => new()
    {
        DocumentId = document.DocumentId,
        DepartmentId = line.DepartmentId,
        Year = document.Year,
        Stage = document.Stage,
        Kind = line.Kind,
        FunctionalCode = line.FunctionalCode,
        EconomicDepartmentCode = line.EconomicDepartmentCode,
        EconomicGovernmentCode = line.EconomicGovernmentCode,
        ExpenditureType = line.ExpenditureType,
        FundingSource = line.FundingSource,
        Marker = line.Marker,
        Amount = line.Amount,
        Source = line.Source,
    };

    public static Project ToEntity(this ProjectRecord project, DisclosureContent document)
    {
        var entity = new Project
        {
            DocumentId = document.DocumentId,
            DepartmentId = project.DepartmentId,
            Year = document.Year,
            Code = project.Code,
            Name = project.Name,
            Kind = project.Kind,
            Amount = project.Amount,
            Source = project.Source,
        };
        entity.Indicators.AddRange(project.Indicators.Select(i => i.ToEntity(document.DocumentId)));
        return entity;
    }

    public static PerformanceIndicator ToEntity(this PerformanceIndicatorRecord indicator, string documentId) => new()
    {
        DocumentId = documentId,
        Level1 = indicator.Level1,
        Level2 = indicator.Level2,
        Name = indicator.Name,
        Value = indicator.Value,
        Operator = indicator.Operator,
        Number = indicator.Number,
        Measure = indicator.Measure,
        Source = indicator.Source,
    };

    public static StatedComparison ToEntity(this StatedComparisonRecord comparison, string documentId) => new()
    {
        DocumentId = documentId,
        Subject = comparison.Subject,
        BaseYear = comparison.BaseYear,
        CurrentAmount = comparison.CurrentAmount,
        Change = comparison.Change,
        ChangePercent = comparison.ChangePercent,
        ChangeDecimals = comparison.ChangeDecimals,
        Reason = comparison.Reason,
        Text = comparison.Text,
        Line = comparison.Line,
    };

    public static DocumentFact ToEntity(this DocumentFactRecord fact, string documentId) => new()
    {
        DocumentId = documentId,
        Category = fact.Category,
        Name = fact.Name,
        Amount = fact.Amount,
        Quantity = fact.Quantity,
        Measure = fact.Measure,
        Line = fact.Line,
    };

    public static GlossaryTerm ToEntity(this GlossaryTermRecord term, string documentId) => new()
    {
        DocumentId = documentId,
        Term = term.Term,
        Definition = term.Definition,
        Line = term.Line,
    };

    public static PublishedSubtotal ToEntity(this PublishedSubtotalRecord subtotal, string documentId) => new()
    {
        DocumentId = documentId,
        Scheme = subtotal.Scheme,
        Code = subtotal.Code,
        Level = subtotal.Level,
        Kind = subtotal.Kind,
        ExpenditureType = subtotal.ExpenditureType,
        Amount = subtotal.Amount,
        Source = subtotal.Source,
    };

    public static Finding ToEntity(this FindingRecord finding, string documentId)
    {
        var entity = new Finding
        {
            DocumentId = documentId,
            Severity = finding.Severity,
            Code = finding.Code,
            Message = finding.Message,
            Table = finding.Table,
            Difference = finding.Difference,
        };
        entity.Locations.AddRange(finding.Locations.Select(l => new FindingLocation { Source = l }));
        return entity;
    }
}
