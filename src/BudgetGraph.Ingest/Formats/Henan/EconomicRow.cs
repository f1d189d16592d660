using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>A row of table 06 or 07: a department-scheme code paired with a government-scheme code, or the total.</summary>
internal sealed record EconomicRow(
    TextRow Row,
    bool IsTotal,
    string? DepartmentCode,
    string? DepartmentName,
    string? GovernmentCode,
    string? GovernmentName,
    long? Total,
    long? Personnel,
    long? Public);
