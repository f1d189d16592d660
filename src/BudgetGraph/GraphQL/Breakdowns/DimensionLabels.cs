using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.Enums;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>Human labels for breakdown keys: names as published that year, Chinese names of enum values.</summary>
public static class DimensionLabels
{
    private static readonly Dictionary<string, string> _special = new()
    {
        ["PROJECT"] = "项目支出",
        ["UNALLOCATED"] = "未分配（见核对结果）",
        ["OTHER_FUNDS"] = "其他资金安排的基本支出",
        [DimensionGrouping.Unclassified] = "未分类",
    };

    private static readonly Dictionary<string, string> _enumLabels =
        Enum.GetValues<ExpenditureType>().ToDictionary(DimensionGrouping.EnumKey, ExpenditureTypeLabels.Of)
            .Concat(Enum.GetValues<FundingSource>().ToDictionary(DimensionGrouping.EnumKey, FundingSourceLabels.Of))
            .ToDictionary(pair => pair.Key, pair => pair.Value);

    /// <summary>Labels for <paramref name="keys"/>; one query for departments or classification names, none otherwise.</summary>
    public static async Task<Dictionary<string, string>> LoadAsync(
        BudgetDbContext db, DimensionGrouping grouping, int year, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>();
        if (grouping.Dimension == Dimension.Department)
        {
            labels = await db.Departments.AsNoTracking().Where(d => keys.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        }
        else if (grouping.Scheme is { } scheme)
        {
            // Names as published that year; a code the year does not name borrows the nearest year's name (QueryRules).
            ClassificationScheme? named = scheme;
            var names = await QueryRules.Expand(db.ClassificationNodes.AsNoTracking()
                    .Where(n => n.Scheme == scheme && keys.Contains(n.Code))
                    .Select(n => n.Code)
                    .Distinct()
                    .Select(code => new { Code = code, Name = QueryRules.NameNear(db, named, year, code) }))
                .ToListAsync(cancellationToken);
            labels = names.Where(n => n.Name is not null).ToDictionary(n => n.Code, n => n.Name!);
        }

        foreach (var key in keys.Where(k => !labels.ContainsKey(k)))
            labels[key] = Fallback(key);
        return labels;
    }

    /// <summary>The label of a key no classification node or department names: special rows, enum values, else the key.</summary>
    public static string Fallback(string key) => _special.GetValueOrDefault(key) ?? _enumLabels.GetValueOrDefault(key) ?? key;
}
