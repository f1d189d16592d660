
namespace BudgetGraph.Data.Entities;

/// <summary>A term the document defines in its 名词解释 section.</summary>
public class GlossaryTerm
{
    public int Id { get; set; }

    public required string DocumentId { get; set; }

    public required string Term { get; set; }

    public required string Definition { get; set; }

    public int? Line { get; set; }
}
