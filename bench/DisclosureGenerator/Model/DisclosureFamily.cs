namespace BudgetGraph.DisclosureGenerator.Model;

/// <summary>The document families the generator writes (the importer's Formats/Henan and Formats/Shanghai).</summary>
public enum DisclosureFamily
{
    /// <summary>Henan 部门预算: 12 tab-separated tables in 万元 with two decimals.</summary>
    Henan,

    /// <summary>Shanghai 部门预算 as a tab extraction of the PDF (empty cells dropped, page-break markers), tables in 元.</summary>
    Shanghai,
}
