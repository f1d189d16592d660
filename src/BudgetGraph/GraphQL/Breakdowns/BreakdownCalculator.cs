using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.BudgetLines;
using BudgetGraph.GraphQL.Documents;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>
/// Sums the lines of one view by a dimension: the groups' amounts and labels in one statement (<see cref="LineSums"/>:
/// the rollup, or the lines for filters it is not keyed by). With sources, each group's citations joined by key: the
/// printed subtotal's cell where the amount is one (<see cref="LineSum.Printed"/>), else the cells of the lines it sums.
/// </summary>
public static class BreakdownCalculator
{
    public static async Task<IReadOnlyList<BreakdownRow>> ComputeAsync(
        BudgetDbContext db, DimensionGrouping grouping, int year, BudgetStage stage, BudgetLineFilter? where, bool withSources, CancellationToken cancellationToken)
    {
        var sums = await LineSums.LoadAsync(db, grouping, year, null, stage, where, year, cancellationToken);
        var sources = withSources ? await SourcesAsync(db, grouping, sums, year, year, stage, where, cancellationToken) : null;
        return Rows(Sum(grouping, sums), sources, Labels(grouping, sums));
    }

    /// <summary>
    /// The cells each group's amount comes from: per document, the printed subtotal's cell where the rollup took the
    /// printed amount, else the cells of the document's lines of that group (the same lines, keyed by the same rules).
    /// </summary>
    public static async Task<Dictionary<string, List<SourceRef>>> SourcesAsync(
        BudgetDbContext db, DimensionGrouping grouping, IReadOnlyList<LineSum> sums, int fromYear, int toYear, BudgetStage stage, BudgetLineFilter? where,
        CancellationToken cancellationToken) =>
        (await CellsAsync(db, grouping, sums, fromYear, toYear, stage, where, cancellationToken))
            .GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.SelectMany(c => c.Cells).ToList());

    /// <summary>Each sum's key with its cells (a document is of one year, so a series keys them by the sum's year too).</summary>
    public static async Task<List<(string Key, LineSum Sum, IEnumerable<SourceRef> Cells)>> CellsAsync(
        BudgetDbContext db, DimensionGrouping grouping, IReadOnlyList<LineSum> sums, int fromYear, int toYear, BudgetStage stage, BudgetLineFilter? where,
        CancellationToken cancellationToken)
    {
        var lines = (await LineFacts.LoadAsync(db, grouping.Kind, fromYear, toYear, stage, where, cancellationToken))
            .ToLookup(f => (f.DocumentId, Key: grouping.KeyOf(f)));
        var printedDocuments = sums.Where(s => s.Printed).Select(s => s.DocumentId).Distinct().ToList();
        var printedCodes = sums.Where(s => s.Printed).Select(s => s.Code ?? "").Distinct().ToList();
        var cells = printedDocuments.Count == 0 ? [] : await db.PublishedSubtotals.AsNoTracking()
            .Where(p => printedDocuments.Contains(p.DocumentId) && printedCodes.Contains(p.Code) && p.Scheme == ClassificationScheme.Functional
                && p.Kind == LineKind.Expenditure && p.ExpenditureType == null)
            .Select(p => new { p.DocumentId, p.Code, p.Source })
            .ToListAsync(cancellationToken);
        var printed = cells.GroupBy(c => (c.DocumentId, c.Code)).ToDictionary(g => g.Key, g => g.First().Source);
        return [.. sums.Select(sum =>
        {
            var key = grouping.KeyOf(sum);
            IEnumerable<SourceRef> cited = sum.Printed && printed.TryGetValue((sum.DocumentId, sum.Code ?? ""), out var cell)
                ? [new SourceRef(sum.DocumentId, cell)]
                : lines[(sum.DocumentId, key)].Select(f => f.Citation);
            return (key, sum, cited);
        })];
    }

    /// <summary>The amount of each group of sums read by <see cref="LineSums"/>.</summary>
    public static Dictionary<string, long> Sum(DimensionGrouping grouping, IEnumerable<LineSum> sums) =>
        sums.GroupBy(grouping.KeyOf).ToDictionary(group => group.Key, group => group.Sum(s => s.Amount));

    /// <summary>The labels <see cref="LineSums"/> read with the sums, and the ones keys get in code.</summary>
    public static Dictionary<string, string> Labels(DimensionGrouping grouping, IEnumerable<LineSum> sums)
    {
        var labels = new Dictionary<string, string>();
        foreach (var sum in sums)
            labels.TryAdd(grouping.KeyOf(sum), sum.Label ?? DimensionLabels.Fallback(grouping.KeyOf(sum)));
        return labels;
    }

    private static List<BreakdownRow> Rows(Dictionary<string, long> amounts, Dictionary<string, List<SourceRef>>? sources, Dictionary<string, string> labels)
    {
        var total = amounts.Values.Sum();
        return amounts
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new BreakdownRow(pair.Key, labels[pair.Key], pair.Value, total == 0 ? 0 : (double)pair.Value / total, sources?[pair.Key]))
            .ToList();
    }
}
