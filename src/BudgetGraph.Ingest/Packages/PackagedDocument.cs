using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Validation;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// One document of a data package, as records: what the package holds about it (figures, tables, citations, findings;
/// no narrative text) and the file it was read from. Loading writes it like a document read from its file, and the
/// database keeps it (as this JSON) as the document's stored source, so an upgrade rebuilds it like any other.
/// </summary>
public sealed record PackagedDocument
{
    /// <summary>The first bytes of the stored JSON: how a stored source is told from a disclosure file.</summary>
    public const string Format = "budgetgraph-packaged-document/1";

    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly byte[] _marker = Encoding.UTF8.GetBytes($$"""{"kind":"{{Format}}" """.TrimEnd());

    [JsonPropertyOrder(-1)]
    public string Kind { get; init; } = Format;

    /// <summary>The disclosure file the figures were read from, and its sha256: citations still name them.</summary>
    public required string FileName { get; init; }

    public required string Sha256 { get; init; }

    public required string Family { get; init; }

    public required string DocumentId { get; init; }

    public required string Title { get; init; }

    public int Year { get; init; }

    public BudgetStage Stage { get; init; }

    public string? Publisher { get; init; }

    public required RegionRecord Region { get; init; }

    public required IReadOnlyList<DepartmentRecord> Departments { get; init; }

    public IReadOnlyList<DisclosedTableRecord> Tables { get; init; } = [];

    public IReadOnlyList<BudgetLineRecord> Lines { get; init; } = [];

    public IReadOnlyList<ClassificationNodeRecord> Classification { get; init; } = [];

    public IReadOnlyList<ProjectRecord> Projects { get; init; } = [];

    public IReadOnlyList<StatedComparisonRecord> Comparisons { get; init; } = [];

    public IReadOnlyList<DocumentFactRecord> Facts { get; init; } = [];

    /// <summary>The document's own findings; those across documents are made again when it is loaded beside the others.</summary>
    public IReadOnlyList<FindingRecord> Findings { get; init; } = [];

    public IReadOnlyList<PublishedSubtotalRecord> Subtotals { get; init; } = [];

    public long? PrintedTotal { get; init; }

    public static bool IsOne(ReadOnlySpan<byte> bytes) => bytes.StartsWith(_marker);

    public static PackagedDocument FromJson(byte[] bytes) =>
        JsonSerializer.Deserialize<PackagedDocument>(bytes, _json) ?? throw new InvalidDataException("an empty packaged document");

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, _json);

    /// <summary>The document as Loading writes it: what a family would have read, with the package's findings.</summary>
    public DisclosureContent ToContent() => new()
    {
        Family = Family,
        DocumentId = DocumentId,
        Title = Title,
        Year = Year,
        Stage = Stage,
        Publisher = Publisher,
        Region = Region,
        Departments = Departments,
        Tables = Tables,
        Lines = Lines,
        Classification = Classification,
        Projects = Projects,
        DepartmentIndicators = [],
        Comparisons = Comparisons,
        Facts = Facts,
        Glossary = [],
        Subtotals = Subtotals,
        PrintedTotal = PrintedTotal,
        Findings = [.. Findings.Where(f => CheckRegistry.Find(f.Code) is not { AcrossDocuments: true })],
    };
}
