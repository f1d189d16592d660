using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Formats.Narrative;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Validation;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Checks the narrative's stated change of total expenditure ("比2024年预算增加3,355.65万元") against the base year's own
/// document once both are loaded, whichever came first: the change computed from the two totals must agree at the
/// narrative's precision (both totals were rounded before subtracting, so 0.01 万元). Only a disagreement is a finding,
/// on the document that states the claim; re-checking replaces the earlier result.
/// </summary>
internal static class StatedChangeCheck
{
    public static string Code => CheckRegistry.StatedChangeMismatch.Code;

    /// <summary>0.01 万元 in stored units.</summary>
    private const long Tolerance = 100 * Money.UnitsPerYuan;

    /// <summary>
    /// The findings of the document being written, from its content in memory against the stored base-year documents
    /// (one query per claim). Its earlier findings were deleted with its facts, so there is nothing to replace.
    /// </summary>
    public static async Task<IReadOnlyList<FindingRecord>> CheckContentAsync(BudgetDbContext db, DisclosureContent content, CancellationToken cancellationToken)
    {
        var claims = content.Stage == BudgetStage.Budget ? content.Comparisons.Where(IsCheckable).ToList() : [];
        if (claims.Count == 0)
            return [];

        var current = content.Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount);
        var findings = new List<FindingRecord>();
        foreach (var claim in claims)
        {
            var baseId = NaturalKeys.Document(content.Departments[0].Id, claim.BaseYear!.Value, BudgetStage.Budget);
            var previous = await db.Documents.Where(d => d.Id == baseId)
                .Select(d => (long?)db.BudgetLines.Where(l => l.DocumentId == d.Id && l.Kind == LineKind.Expenditure).Sum(l => l.Amount))
                .FirstOrDefaultAsync(cancellationToken);
            if (previous is not null && Mismatch(claim.Change!.Value, claim.BaseYear.Value, claim.Text, claim.Line, baseId, current, previous.Value) is { } finding)
                findings.Add(finding);
        }

        return findings;
    }

    /// <summary>
    /// Re-checks the other stored documents of the department whose narrative states a change against the year just
    /// written (a later year imported first), replacing their earlier result.
    /// </summary>
    public static async Task RecheckClaimantsAsync(BudgetDbContext db, DisclosureContent content, CancellationToken cancellationToken)
    {
        var departmentId = content.Departments[0].Id;
        var claimants = await db.Documents.AsNoTracking()
            .Where(d => d.DepartmentId == departmentId && d.Stage == BudgetStage.Budget && d.Id != content.DocumentId)
            .Where(d => db.StatedComparisons.Any(c => c.DocumentId == d.Id && c.BaseYear == content.Year))
            .Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var claimant in claimants)
            await RecheckStoredAsync(db, claimant, cancellationToken);
    }

    private static async Task RecheckStoredAsync(BudgetDbContext db, string documentId, CancellationToken cancellationToken)
    {
        await db.FindingLocations.Where(l => db.Findings.Any(f => f.Id == l.FindingId && f.DocumentId == documentId && f.Code == Code)).ExecuteDeleteAsync(cancellationToken);
        await db.Findings.Where(f => f.DocumentId == documentId && f.Code == Code).ExecuteDeleteAsync(cancellationToken);

        var document = await db.Documents.AsNoTracking().FirstAsync(d => d.Id == documentId, cancellationToken);
        var claims = await db.StatedComparisons.AsNoTracking()
            .Where(c => c.DocumentId == documentId && c.Subject == ComparisonSubjects.TotalExpenditure && c.BaseYear != null && c.Change != null)
            .ToListAsync(cancellationToken);
        foreach (var claim in claims)
        {
            var baseId = NaturalKeys.Document(document.DepartmentId, claim.BaseYear!.Value, BudgetStage.Budget);
            if (!await db.Documents.AnyAsync(d => d.Id == baseId, cancellationToken))
                continue;
            var current = await TotalAsync(db, documentId, cancellationToken);
            var previous = await TotalAsync(db, baseId, cancellationToken);
            if (Mismatch(claim.Change!.Value, claim.BaseYear.Value, claim.Text, claim.Line, baseId, current, previous) is { } finding)
                db.Findings.Add(finding.ToEntity(documentId));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool IsCheckable(StatedComparisonRecord claim) =>
        claim.Subject == ComparisonSubjects.TotalExpenditure && claim.BaseYear is not null && claim.Change is not null;

    private static FindingRecord? Mismatch(long change, int baseYear, string? text, int? line, string baseId, long current, long previous)
    {
        var computed = current - previous;
        if (Math.Abs(computed - change) <= Tolerance)
            return null;
        return SumCheck.Create(CheckRegistry.StatedChangeMismatch, "narrative", change - computed,
            $"The narrative states a change of {AmountFormat.In(change, TableUnit.WanYuan)} in total expenditure against {baseYear}, but the documents give {AmountFormat.In(current, TableUnit.WanYuan)} − {AmountFormat.In(previous, TableUnit.WanYuan)} = {AmountFormat.In(computed, TableUnit.WanYuan)} ({baseId}); more than the narrative's rounding (0.01 万元) explains.{(text is null ? "" : $" \"{text}\"")}",
            [new SourceLocation { Table = "narrative", Line = line }]);
    }

    private static Task<long> TotalAsync(BudgetDbContext db, string documentId, CancellationToken cancellationToken) =>
        db.BudgetLines.Where(l => l.DocumentId == documentId && l.Kind == LineKind.Expenditure).SumAsync(l => l.Amount, cancellationToken);
}
