using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// A 类 or 款 subtotal row as a document prints it (Shanghai tables list them above their 项 rows). Lines come only
/// from the leaf rows, so each amount counts once; users still cite the printed subtotal, which can differ from the sum
/// of its rounded children by a unit (万里 2025: 21201 prints 94,995,790 元, its 项 rows add up to 94,995,789).
/// </summary>
public class PublishedSubtotal
{
    public long Id { get; set; }

    public required string DocumentId { get; set; }

    public ClassificationScheme Scheme { get; set; }

    /// <summary>The 类 or 款 code; empty for the table's total row (level 0).</summary>
    public required string Code { get; set; }

    /// <summary>0 = the table's total row (the document's total), 1 = 类, 2 = 款 (as <see cref="ClassificationNode.Level"/>).</summary>
    public int Level { get; set; }

    /// <summary>The kind of line the table feeds (Expenditure for the functional expenditure table).</summary>
    public LineKind Kind { get; set; }

    /// <summary>The column: null = the row's 合计; BASIC or PROJECT for the 基本支出 / 项目支出 columns.</summary>
    public ExpenditureType? ExpenditureType { get; set; }

    /// <summary>In 1/10,000 元.</summary>
    public long Amount { get; set; }

    public required SourceLocation Source { get; set; }
}
