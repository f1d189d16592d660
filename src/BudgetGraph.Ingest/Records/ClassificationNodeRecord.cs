using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Records;

/// <summary>A classification code's name in the document's year, as printed or from the reference list.</summary>
public sealed record ClassificationNodeRecord
{
    public ClassificationScheme Scheme { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public NameOrigin NameOrigin { get; init; }

    /// <summary>1 = 类, 2 = 款, 3 = 项.</summary>
    public int Level { get; init; }

    public string? ParentCode { get; init; }
}
