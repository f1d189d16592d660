
namespace BudgetGraph.Data.Entities;

/// <summary>
/// A file (text export, PDF) that was imported as a document; a document keeps every one of them, with the file itself
/// (gzip-compressed) so that the database can be rebuilt from what it stores when the schema changes
/// (<see cref="SourceArchive"/>). This table's name and the columns DocumentId, FileName, Content and ImportedAt are the
/// schema's stable part: every future version must be able to read them from an older database.
/// </summary>
public class DocumentSourceFile
{
    public int Id { get; set; }

    public required string DocumentId { get; set; }

    public required string Sha256 { get; set; }

    public required string FileName { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The imported file, gzip-compressed (<see cref="SourceArchive.Compress"/>).</summary>
    public byte[]? Content { get; set; }
}
