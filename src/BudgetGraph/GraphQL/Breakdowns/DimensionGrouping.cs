using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.Errors;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>
/// How one dimension groups lines: which kind of line feeds it (DOMAIN.md: each view comes from one table) and the
/// key of a line at a level (a code prefix for classifications: 类 = 3 digits, 款 = 5, 项 = 7).
/// </summary>
public sealed class DimensionGrouping
{
    public const string Unclassified = "UNCLASSIFIED";
    private static readonly int[] _functionalLengths = [3, 5, 7];
    private static readonly int[] _economicLengths = [3, 5];

    private DimensionGrouping(Dimension dimension, int level)
    {
        Dimension = dimension;
        Level = level;
    }

    public Dimension Dimension { get; }

    public int Level { get; }

    public LineKind Kind => Dimension switch
    {
        Dimension.EconomicDepartment or Dimension.EconomicGovernment => LineKind.Economic,
        Dimension.FundingSource => LineKind.Income,
        _ => LineKind.Expenditure,
    };

    /// <summary>
    /// Which printed subtotals can stand for a group's lines (<see cref="PublishedSubtotals"/>): the functional code
    /// length of the keys (3, 5, 7), 0 for whole documents (DEPARTMENT), null where documents print none.
    /// </summary>
    public int? PrintedCodeLength => Dimension switch
    {
        Dimension.Functional => _functionalLengths[Level - 1],
        Dimension.Department => 0,
        _ => null,
    };

    /// <summary>The length of the code prefix that keys a group at the level (0 for dimensions without codes).</summary>
    public int CodeLength => Dimension switch
    {
        Dimension.Functional => _functionalLengths[Level - 1],
        Dimension.EconomicDepartment or Dimension.EconomicGovernment => _economicLengths[Level - 1],
        _ => 0,
    };

    /// <summary>The classification scheme whose node names label the keys, if any.</summary>
    public ClassificationScheme? Scheme => Dimension switch
    {
        Dimension.Functional => ClassificationScheme.Functional,
        Dimension.EconomicDepartment => ClassificationScheme.EconomicDepartment,
        Dimension.EconomicGovernment => ClassificationScheme.EconomicGovernment,
        _ => null,
    };

    /// <summary>Validates the level (default 1) against the dimension's depth.</summary>
    public static DimensionGrouping Create(Dimension dimension, int? level)
    {
        var levels = dimension switch
        {
            Dimension.Functional => _functionalLengths.Length,
            Dimension.EconomicDepartment or Dimension.EconomicGovernment => _economicLengths.Length,
            _ => 1,
        };
        var chosen = level ?? 1;
        if (chosen < 1 || chosen > levels)
            throw new BadUserInputError($"level {chosen} does not exist for {dimension}: use 1 to {levels}.");
        return new DimensionGrouping(dimension, chosen);
    }

    public string KeyOf(LineFact fact) => Dimension switch
    {
        Dimension.Department => fact.OwnerId,
        Dimension.Functional => Prefix(fact.FunctionalCode, _functionalLengths[Level - 1]),
        Dimension.EconomicDepartment => fact.Marker ?? Prefix(fact.EconomicDepartmentCode, _economicLengths[Level - 1]),
        Dimension.EconomicGovernment => fact.Marker ?? Prefix(fact.EconomicGovernmentCode, _economicLengths[Level - 1]),
        Dimension.ExpenditureType => fact.ExpenditureType is { } type ? EnumKey(type) : Unclassified,
        Dimension.FundingSource => fact.FundingSource is { } source ? EnumKey(source) : Unclassified,
        _ => Unclassified,
    };

    /// <summary>The key of a group summed in SQL (<see cref="LineSums"/>), as <see cref="KeyOf(LineFact)"/> keys its lines.</summary>
    public string KeyOf(LineSum sum) => Dimension switch
    {
        Dimension.Department => sum.OwnerId,
        Dimension.ExpenditureType => sum.ExpenditureType is { } type ? EnumKey(type) : Unclassified,
        Dimension.FundingSource => sum.FundingSource is { } source ? EnumKey(source) : Unclassified,
        _ => sum.Code ?? Unclassified,
    };

    /// <summary>Enum values as the API spells them: BasicPersonnel → BASIC_PERSONNEL.</summary>
    public static string EnumKey<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private static string Prefix(string? code, int length) =>
        code is null ? Unclassified : code.Length <= length ? code : code[..length];
}
