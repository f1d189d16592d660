using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>A table exactly as published, kept so a reader can check any number against the original.</summary>
public class DisclosedTable
{
    public int Id { get; set; }

    public required string DocumentId { get; set; }

    /// <summary>Number in the family's table list ("01" … "12"), null when the family does not number it.</summary>
    public string? Number { get; set; }

    public required string Title { get; set; }

    public TableUnit? Unit { get; set; }

    /// <summary>True when the document says the table has no data (故本表无数据): empty is not zero.</summary>
    public bool IsEmpty { get; set; }

    /// <summary>Notes printed under the table (注：…, 说明：…).</summary>
    public string? Note { get; set; }

    public int? Line { get; set; }

    public int? Page { get; set; }

    public List<DisclosedRow> Rows { get; } = [];

    /// <summary>The citation label, e.g. "07 支出经济分类汇总表".</summary>
    public string Label => Number is null ? Title : $"{Number} {Title}";
}
