using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.Documents;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>
/// Prior-year changes the narratives of the compared year state (“与2025年预算相比，支出减少128.02万元…”), for the
/// groups whose stated subject is known: a department's total expenditure, and the budget kinds of funding.
/// </summary>
public static class StatedChanges
{
    private static readonly HashSet<string> _fundingSubjects = ["GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND", "STATE_CAPITAL"];

    /// <summary>The narrative subject a group's figure corresponds to, or null when no narrative states it.</summary>
    public static string? SubjectOf(Dimension dimension, string key) => dimension switch
    {
        Dimension.Department => "TOTAL_EXPENDITURE",
        Dimension.FundingSource when _fundingSubjects.Contains(key) => key,
        _ => null,
    };

    /// <summary>Whether any group of the dimension has a stated subject (else there is nothing to load).</summary>
    public static bool AppliesTo(Dimension dimension) => dimension is Dimension.Department or Dimension.FundingSource;

    /// <summary>Stated changes per (document, subject) against <paramref name="baseYear"/>; one query.</summary>
    public static async Task<Dictionary<(string DocumentId, string Subject), StatedChange>> LoadAsync(
        BudgetDbContext db, IReadOnlyCollection<string> documentIds, int baseYear, CancellationToken cancellationToken)
    {
        var stated = await db.StatedComparisons.AsNoTracking()
            .Where(s => documentIds.Contains(s.DocumentId) && s.BaseYear == baseYear && s.Change != null)
            .OrderBy(s => s.Id)
            .Select(s => new { s.DocumentId, s.Subject, s.Change, s.Reason, s.Text, s.Line })
            .ToListAsync(cancellationToken);
        return stated.GroupBy(s => (s.DocumentId, s.Subject)).ToDictionary(g => g.Key, g =>
        {
            var first = g.First();
            return new StatedChange(first.Change!.Value, first.Reason, [new NarrativeSource(first.DocumentId, first.Text, first.Line)]);
        });
    }
}
