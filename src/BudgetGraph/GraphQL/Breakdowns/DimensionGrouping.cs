using BudgetGraph.Data.Rollups;
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

    private DimensionGrouping(Dimension dimension, int level)
    {
        Dimension = dimension;
        Level = level;
    }

    public Dimension Dimension { get; }

    public int Level { get; }

    public LineKind Kind => LineRollups.KindOf(Dimension);

    /// <summary>
    /// Which printed subtotals can stand for a group's lines (applied at import: <see cref="LineRollups"/>): the functional code
    /// length of the keys (3, 5, 7), 0 for whole documents (DEPARTMENT), null where documents print none.
    /// </summary>
    public int? PrintedCodeLength => LineRollups.PrintedCodeLength(Dimension, Level);

    /// <summary>The length of the code prefix that keys a group at the level (0 for dimensions without codes).</summary>
    public int CodeLength => LineRollups.CodeLength(Dimension, Level);

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
        var levels = LineRollups.Levels(dimension);
        var chosen = level ?? 1;
        if (chosen < 1 || chosen > levels)
            throw new BadUserInputError($"level {chosen} does not exist for {dimension}: use 1 to {levels}.");
        return new DimensionGrouping(dimension, chosen);
    }

    /// <summary>A line's group, by the rules the importer rolls documents up with (<see cref="LineRollups.KeyOf"/>).</summary>
    public string KeyOf(LineFact fact)
    {
        if (Dimension == Dimension.Department)
            return fact.OwnerId;
        var (code, type, source) = LineRollups.KeyOf(Dimension, Level, fact.FunctionalCode, fact.EconomicDepartmentCode, fact.EconomicGovernmentCode, fact.Marker, fact.ExpenditureType, fact.FundingSource);
        return Key(code, type, source);
    }

    /// <summary>The key of a group summed in SQL (<see cref="LineSums"/>), as <see cref="KeyOf(LineFact)"/> keys its lines.</summary>
    public string KeyOf(LineSum sum) => Dimension == Dimension.Department ? sum.OwnerId : Key(sum.Code, sum.ExpenditureType, sum.FundingSource);

    /// <summary>Enum values as the API spells them: BasicPersonnel → BASIC_PERSONNEL.</summary>
    public static string EnumKey<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private string Key(string? code, ExpenditureType? type, FundingSource? source) => Dimension switch
    {
        Dimension.ExpenditureType => type is { } t ? EnumKey(t) : Unclassified,
        Dimension.FundingSource => source is { } s ? EnumKey(s) : Unclassified,
        _ => code ?? Unclassified,
    };
}
