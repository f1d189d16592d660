namespace BudgetGraph.Data.Entities;

/// <summary>A file (text export, PDF) that was imported as a document; a document keeps every one of them.</summary>
public class DocumentSourceFile
{
    public int Id { get; set; }

    public required string DocumentId { get; set; }

    public required string Sha256 { get; set; }

    public required string FileName { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
