using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Rollups;

/// <summary>
/// The rules of a breakdown that depend on one document, in one place: which kind of line feeds a dimension (DOMAIN.md:
/// each view comes from one table), the key of a line at a level (a code prefix: 类 = 3 digits, 款 = 5, 项 = 7; the
/// marker of an economic balancing line), and the printed subtotal that stands in for the sum of a group's rounded rows
/// (a 类 or 款 subtotal, the table's total for DEPARTMENT). The importer applies them once per document
/// (<see cref="Of"/>, the <see cref="LineRollup"/> rows); the API keys the lines it reads by the same rules.
/// </summary>
public static class LineRollups
{
    private static readonly int[] _functionalLengths = [3, 5, 7];
    private static readonly int[] _economicLengths = [3, 5];

    /// <summary>Every dimension with each of its levels: the groups a document is rolled up in.</summary>
    public static IReadOnlyList<(Dimension Dimension, int Level)> Groupings { get; } =
        [.. Enum.GetValues<Dimension>().SelectMany(d => Enumerable.Range(1, Levels(d)).Select(level => (d, level)))];

    /// <summary>How many levels the dimension has (classifications: 3 or 2; the others: 1).</summary>
    public static int Levels(Dimension dimension) => dimension switch
    {
        Dimension.Functional => _functionalLengths.Length,
        Dimension.EconomicDepartment or Dimension.EconomicGovernment => _economicLengths.Length,
        _ => 1,
    };

    public static LineKind KindOf(Dimension dimension) => dimension switch
    {
        Dimension.EconomicDepartment or Dimension.EconomicGovernment => LineKind.Economic,
        Dimension.FundingSource => LineKind.Income,
        _ => LineKind.Expenditure,
    };

    /// <summary>The length of the code prefix that keys a group at the level (0 for dimensions without codes).</summary>
    public static int CodeLength(Dimension dimension, int level) => dimension switch
    {
        Dimension.Functional => _functionalLengths[level - 1],
        Dimension.EconomicDepartment or Dimension.EconomicGovernment => _economicLengths[level - 1],
        _ => 0,
    };

    /// <summary>
    /// Which printed subtotals can stand for a group's lines: the functional code length of the keys (3, 5, 7), 0 for
    /// whole documents (DEPARTMENT), null where documents print none.
    /// </summary>
    public static int? PrintedCodeLength(Dimension dimension, int level) => dimension switch
    {
        Dimension.Functional => _functionalLengths[level - 1],
        Dimension.Department => 0,
        _ => null,
    };

    /// <summary>Code lengths that documents print subtotals for: the whole table (0), 类 (3) and 款 (5).</summary>
    public static bool HasSubtotals(int codeLength) => codeLength is 0 or 3 or 5;

    /// <summary>
    /// A line's group at the level: the code prefix (its marker, PROJECT or UNALLOCATED, in the economic views; "" for
    /// DEPARTMENT, whose groups are the documents' departments), the expenditure type or the funding source. Null parts
    /// are what the dimension does not key by, or what the line lacks.
    /// </summary>
    public static (string? Code, ExpenditureType? ExpenditureType, FundingSource? FundingSource) KeyOf(
        Dimension dimension, int level, string? functionalCode, string? economicDepartmentCode, string? economicGovernmentCode, string? marker,
        ExpenditureType? expenditureType, FundingSource? fundingSource) => dimension switch
        {
            Dimension.Department => ("", null, null),
            Dimension.Functional => (Prefix(functionalCode, CodeLength(dimension, level)), null, null),
            Dimension.EconomicDepartment => (marker ?? Prefix(economicDepartmentCode, CodeLength(dimension, level)), null, null),
            Dimension.EconomicGovernment => (marker ?? Prefix(economicGovernmentCode, CodeLength(dimension, level)), null, null),
            Dimension.ExpenditureType => (null, expenditureType, null),
            Dimension.FundingSource => (null, null, fundingSource),
            _ => (null, null, null),
        };

    /// <summary>
    /// One document's rollup: its lines of each dimension's kind summed per department and group, at every level; where
    /// the document prints the group's subtotal (functional 类 and 款 of the expenditure table, its total row for
    /// DEPARTMENT) the printed amount stands in for the sum — when the group's lines are one department's (a subtotal
    /// covers the whole document's rows).
    /// </summary>
    public static IEnumerable<LineRollup> Of(IReadOnlyList<BudgetLine> lines, IReadOnlyList<PublishedSubtotal> subtotals)
    {
        var printed = subtotals
            .Where(s => s.Scheme == ClassificationScheme.Functional && s.Kind == LineKind.Expenditure && s.ExpenditureType is null)
            .GroupBy(s => (s.DocumentId, s.Code))
            .ToDictionary(g => g.Key, g => g.First().Amount);
        foreach (var (dimension, level) in Groupings)
        {
            var kind = KindOf(dimension);
            var printedLength = PrintedCodeLength(dimension, level) is { } length && HasSubtotals(length) ? length : -1;
            var groups = lines.Where(l => l.Kind == kind)
                .GroupBy(l => (l.DocumentId, l.Year, l.Stage, Key: KeyOf(dimension, level, l.FunctionalCode, l.EconomicDepartmentCode, l.EconomicGovernmentCode, l.Marker, l.ExpenditureType, l.FundingSource)));
            foreach (var group in groups)
            {
                var departments = group.GroupBy(l => l.DepartmentId).ToList();
                var subtotal = departments.Count == 1 && group.Key.Key.Code is { } code && code.Length == printedLength
                    && printed.TryGetValue((group.Key.DocumentId, code), out var amount) ? amount : (long?)null;
                foreach (var department in departments)
                {
                    yield return new LineRollup
                    {
                        DocumentId = group.Key.DocumentId,
                        DepartmentId = department.Key,
                        Year = group.Key.Year,
                        Stage = group.Key.Stage,
                        Dimension = dimension,
                        Level = level,
                        Code = group.Key.Key.Code,
                        ExpenditureType = group.Key.Key.ExpenditureType,
                        FundingSource = group.Key.Key.FundingSource,
                        Amount = subtotal ?? department.Sum(l => l.Amount),
                        Printed = subtotal is not null,
                    };
                }
            }
        }
    }

    private static string? Prefix(string? code, int length) => code is null ? null : code.Length <= length ? code : code[..length];
}
