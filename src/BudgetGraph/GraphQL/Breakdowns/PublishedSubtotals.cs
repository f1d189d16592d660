using BudgetGraph.Data;
using BudgetGraph.Data.Rollups;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.BudgetLines;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>
/// Where a document prints a 类 or 款 subtotal (Shanghai tables do), a figure at that level is the printed one, not the
/// sum of its rounded 项 rows: users cite the document, and the two can differ by a unit (万里 2025: 21201 prints
/// 94,995,790 元, its 项 rows add up to 94,995,789; the importer records that as a finding). This swaps a document's
/// lines under a printed subtotal for one fact carrying the subtotal and its cell — only when the filter cannot have
/// cut the subtotal's rows apart (it names nothing finer than documents, regions and code prefixes of that level).
/// Level 0 is the table's total row: a document's total is the printed one (本年支出合计 in final accounts).
/// </summary>
public static class PublishedSubtotals
{
    /// <summary>Code lengths that documents print subtotals for: the whole table (0), 类 (3) and 款 (5).</summary>
    public static bool HasSubtotals(int codeLength) => LineRollups.HasSubtotals(codeLength);

    /// <summary>Applies the printed subtotals of the grouping's level (documents for DEPARTMENT, functional 类/款).</summary>
    public static Task<List<LineFact>> ApplyAsync(
        BudgetDbContext db, List<LineFact> facts, DimensionGrouping grouping, BudgetLineFilter? where, CancellationToken cancellationToken) =>
        grouping.PrintedCodeLength is { } length ? ApplyAsync(db, facts, length, where, cancellationToken) : Task.FromResult(facts);

    public static async Task<List<LineFact>> ApplyAsync(
        BudgetDbContext db, List<LineFact> facts, int codeLength, BudgetLineFilter? where, CancellationToken cancellationToken)
    {
        if (!HasSubtotals(codeLength) || facts.Count == 0 || !KeepsSubtotalsWhole(where, codeLength))
            return facts;

        var documentIds = facts.Select(f => f.DocumentId).Distinct().ToList();
        var printed = await db.PublishedSubtotals.AsNoTracking()
            .Where(s => documentIds.Contains(s.DocumentId) && s.Scheme == ClassificationScheme.Functional
                && s.Kind == LineKind.Expenditure && s.ExpenditureType == null && s.Code.Length == codeLength)
            .ToListAsync(cancellationToken);
        if (printed.Count == 0)
            return facts;

        var byCell = printed.ToDictionary(s => (s.DocumentId, s.Code));
        var result = new List<LineFact>(facts.Count);
        foreach (var group in facts.GroupBy(f => (f.DocumentId, Code: Prefix(f.FunctionalCode, codeLength))))
        {
            if (group.Key.Code is { } code && byCell.TryGetValue((group.Key.DocumentId, code), out var subtotal))
            {
                var first = group.First();
                result.Add(first with { FunctionalCode = code.Length == 0 ? null : code, ExpenditureType = null, Marker = null, Amount = subtotal.Amount, Source = subtotal.Source });
            }
            else
            {
                result.AddRange(group);
            }
        }

        return result;
    }

    /// <summary>True when every condition selects whole documents or whole subtrees at or above the level.</summary>
    public static bool KeepsSubtotalsWhole(BudgetLineFilter? where, int codeLength) =>
        where is null
        || (where.Kind is null && where.EconomicDepartment is null && where.EconomicGovernment is null
            && where.ExpenditureType is null && where.FundingSource is null && where.Amount is null
            && (where.Functional is null || IsCoarsePrefix(where.Functional, codeLength))
            && (where.And ?? []).All(w => KeepsSubtotalsWhole(w, codeLength))
            && (where.Or ?? []).All(w => KeepsSubtotalsWhole(w, codeLength)));

    private static bool IsCoarsePrefix(Common.Filtering.StringOperationFilter filter, int codeLength) =>
        filter is { Eq: null, Neq: null, In: null, Nin: null, Contains: null, StartsWith: { } prefix } && prefix.Length <= codeLength;

    private static string? Prefix(string? code, int length) =>
        length == 0 ? "" : code is not null && code.Length >= length ? code[..length] : null;
}
