using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// One disclosure: (department, year, stage). Its id spells that key, so another file of the same document
/// (the PDF after the text) replaces the earlier import instead of adding a second one.
/// </summary>
public class Document
{
    public required string Id { get; set; }

    public required string DepartmentId { get; set; }

    public Department? Department { get; set; }

    public int Year { get; set; }

    public BudgetStage Stage { get; set; }

    public required string Title { get; set; }

    /// <summary>Document family that parsed it, e.g. "henan-dept-budget".</summary>
    public required string Family { get; set; }

    /// <summary>sha256 of the file the current facts were read from.</summary>
    public required string Sha256 { get; set; }

    public required string FileName { get; set; }

    public string? Publisher { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>
    /// The 收支总表's expenditure total as printed (本年支出合计), in 1/10,000 元: the document's own statement of its total,
    /// beside the department total its expenditure table gives. Null where the overview prints none.
    /// </summary>
    public long? PrintedTotal { get; set; }

    /// <summary>Some table is missing or could not be read: each is an ERROR finding located at the document.</summary>
    public bool Partial { get; set; }

    /// <summary>
    /// Loaded from a data package (figures, tables and findings, no narrative text) rather than read from its file: the
    /// file itself, when imported, replaces it.
    /// </summary>
    public bool FromPackage { get; set; }

    public List<DocumentSourceFile> SourceFiles { get; } = [];

    public List<DisclosedTable> Tables { get; } = [];

    public List<Finding> Findings { get; } = [];
}
