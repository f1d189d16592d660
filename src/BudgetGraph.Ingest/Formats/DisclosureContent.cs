using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats;

/// <summary>
/// Everything a family read from one document, as domain records keyed by natural ids. Loading adds the file's hash
/// and name and writes it in one transaction.
/// </summary>
public sealed class DisclosureContent
{
    public required string Family { get; init; }

    public required string DocumentId { get; init; }

    public required string Title { get; init; }

    public required int Year { get; init; }

    public required BudgetStage Stage { get; init; }

    public string? Publisher { get; init; }

    public required RegionRecord Region { get; init; }

    /// <summary>The department the document is about, then its units (Parent set).</summary>
    public required IReadOnlyList<DepartmentRecord> Departments { get; init; }

    public required IReadOnlyList<DisclosedTableRecord> Tables { get; init; }

    public required IReadOnlyList<BudgetLineRecord> Lines { get; init; }

    public required IReadOnlyList<ClassificationNodeRecord> Classification { get; init; }

    public required IReadOnlyList<ProjectRecord> Projects { get; init; }

    /// <summary>Indicators of the whole department (ProjectId null); project indicators hang on their project.</summary>
    public required IReadOnlyList<PerformanceIndicatorRecord> DepartmentIndicators { get; init; }

    public required IReadOnlyList<StatedComparisonRecord> Comparisons { get; init; }

    public required IReadOnlyList<DocumentFactRecord> Facts { get; init; }

    public required IReadOnlyList<GlossaryTermRecord> Glossary { get; init; }

    /// <summary>
    /// The reconciliation findings: set by Validation's Reconciliation.Run from what the family read
    /// (<see cref="TableProblems"/>, <see cref="UnreadTables"/>, <see cref="Reconciliation"/>, <see cref="DroppedBaseYears"/>).
    /// </summary>
    public IReadOnlyList<FindingRecord> Findings { get; set; } = [];

    /// <summary>Tables of the document's set it lacks or that could not be read: the document is partial.</summary>
    public IReadOnlyList<TableProblem> TableProblems { get; init; } = [];

    /// <summary>Titled tables the document prints that its profile does not read.</summary>
    public IReadOnlyList<UnreadTable> UnreadTables { get; init; } = [];

    /// <summary>Narrative comparisons whose implausible base year was dropped.</summary>
    public IReadOnlyList<DroppedBaseYear> DroppedBaseYears { get; init; } = [];

    /// <summary>The tables as the family read them, for Validation to reconcile; null where there is nothing to reconcile.</summary>
    public ReconciliationInput? Reconciliation { get; init; }

    /// <summary>
    /// The 收支总表's expenditure total as printed (本年支出合计; 支出总计 where a budget prints no carry-over), in 1/10,000
    /// 元: the document's own total, beside the one its expenditure lines add up to. Null where the overview prints none.
    /// </summary>
    public long? PrintedTotal { get; init; }

    /// <summary>
    /// The department total as the API gives it, in 1/10,000 元: the expenditure table's printed total row where the
    /// document prints one (its rounded rows may add up to a unit more or less), else what the expenditure lines add up to.
    /// </summary>
    public long Total =>
        Subtotals.FirstOrDefault(s => s.Level == 0 && s.Kind == LineKind.Expenditure && s.ExpenditureType is null)?.Amount
        ?? Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount);

    /// <summary>类 and 款 subtotal rows as printed (families whose tables print them; Henan prints none).</summary>
    public IReadOnlyList<PublishedSubtotalRecord> Subtotals { get; init; } = [];

    /// <summary>
    /// The file holds only the narrative (情况说明) of a document whose tables are another file (Beijing's 附件1 beside
    /// its 附件2 报表): <see cref="DocumentId"/> names that document, and loading adds this file's narrative records to it.
    /// </summary>
    public bool NarrativeOnly { get; init; }

    /// <summary>The document's narrative is published as another file (Beijing's 附件2 报表 holds the tables only).</summary>
    public bool NarrativeIsAnotherFile { get; init; }
}
