
namespace BudgetGraph.Data.Entities;

/// <summary>
/// A small fact from the narrative or a small table: 三公 items, 机构运转经费, 政府采购, 国有资产 counts.
/// Money goes in <see cref="Amount"/> (1/10,000 元), counts in <see cref="Quantity"/> with their measure.
/// </summary>
public class DocumentFact
{
    public int Id { get; set; }

    public required string DocumentId { get; set; }

    /// <summary>THREE_PUBLIC, OPERATING_COST, PROCUREMENT, ASSETS.</summary>
    public required string Category { get; set; }

    public required string Name { get; set; }

    public long? Amount { get; set; }

    public decimal? Quantity { get; set; }

    public string? Measure { get; set; }

    public int? Line { get; set; }
}
