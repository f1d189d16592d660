namespace BudgetGraph.Data.Values;

/// <summary>
/// Which view of the money a budget line belongs to. Each view is fed by exactly one table of a
/// document, so a breakdown sums lines of one kind and never counts the same money twice.
/// </summary>
public enum LineKind
{
    /// <summary>Functional expenditure table (Henan 03): functional 项 × expenditure type. Feeds totals.</summary>
    Expenditure,

    /// <summary>Basic-expenditure economic table (Henan 06) plus one PROJECT and, if needed, one UNALLOCATED row.</summary>
    Economic,

    /// <summary>Income table (Henan 02): funding sources.</summary>
    Income,
}
