using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Reference;
using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Codes for a table that prints names without codes, indented by level (Hangzhou: "一般公共服务支出" / " 社会工作事务" /
/// "     其他社会工作事务支出"). Each name is looked up under its parent in the reference lists
/// (<see cref="ReferenceNames.CodesNamed"/>): a 项 among the children of the current 款, a 款 among those of the current
/// 类, else a 类. The indent against the row above on the same page (deeper, same, shallower) says which level is meant
/// where a name exists at several (其他交通运输支出 is a 款 and a 项), the deepest on a page's first row; a name no list knows keeps the level its indent
/// gives and gets a placeholder key under its parent (<see cref="ClassifiedRow.Key"/>), its amounts counted under its
/// nearest known parent.
/// </summary>
internal sealed class NameCodes(ReferenceNames reference, ClassificationScheme scheme, double indentTolerance)
{
    private readonly string?[] _open = new string?[3];
    private readonly long[] _remaining = new long[3];
    private readonly List<(int Page, double Indent, int Level)> _seen = [];
    private int _unknown;

    /// <param name="row">The row as read.</param>
    /// <param name="amount">Its total column, in stored units: where neither name nor indent places a row (an unknown
    /// name first on its page), it goes under the row above if that row still has that much not covered by its rows.</param>
    public (string? Code, string Key, string? LineCode) Resolve(LayoutRow row, long amount)
    {
        var name = row.Name ?? "";
        var codes = reference.CodesNamed(scheme, name);
        var candidates = new string?[3];
        for (var level = 0; level < 3; level++)
        {
            var parent = level == 0 ? "" : _open[level - 1];
            if (parent is null || parent.Contains('~', StringComparison.Ordinal))
                continue;
            candidates[level] = codes.FirstOrDefault(c => c.Length == 3 + (2 * level) && c.StartsWith(parent, StringComparison.Ordinal));
        }

        // The indent decides between levels where the name exists at several; a known name at another level than the
        // indent gives wins (some exports indent unevenly), the nearest to it, the deeper on a tie.
        var desired = DesiredLevel(row);
        var known = Enumerable.Range(0, 3).Where(l => candidates[l] is not null).ToList();
        var chosen = known.Count > 0
            ? known.OrderBy(l => Math.Abs(l - (desired ?? 2))).ThenByDescending(l => l).First()
            : desired ?? ByAmount(amount);

        var code = candidates[chosen];
        var key = code ?? Placeholder(chosen);
        _open[chosen] = key;
        _remaining[chosen] = amount;
        if (chosen > 0)
            _remaining[chosen - 1] -= amount;
        for (var deeper = chosen + 1; deeper < 3; deeper++)
            _open[deeper] = null;
        _seen.Add((row.Page, row.Indent, chosen));
        var lineCode = code ?? _open.Take(chosen).LastOrDefault(k => k is not null && !k.Contains('~', StringComparison.Ordinal));
        return (code, key, lineCode);
    }

    /// <summary>The level the indent gives against the rows above on the same page; null for a page's first row.</summary>
    private int? DesiredLevel(LayoutRow row)
    {
        if (_seen.Count == 0 || _seen[^1].Page != row.Page)
            return null;
        var previous = _seen[^1];
        if (row.Indent > previous.Indent + indentTolerance)
            return Math.Min(2, previous.Level + 1);
        if (Math.Abs(row.Indent - previous.Indent) <= indentTolerance)
            return previous.Level;
        var same = _seen.LastOrDefault(s => s.Page == row.Page && Math.Abs(s.Indent - row.Indent) <= indentTolerance);
        return same.Page == row.Page ? same.Level : Math.Max(0, previous.Level - 1);
    }

    /// <summary>The deepest level, at most one below the row above, whose open parent still has the amount uncovered.</summary>
    private int ByAmount(long amount)
    {
        var deepest = _seen.Count == 0 ? 0 : Math.Min(2, _seen[^1].Level + 1);
        for (var level = deepest; level > 0; level--)
        {
            if (_open[level - 1] is not null && _remaining[level - 1] >= amount)
                return level;
        }

        return 0;
    }

    private string Placeholder(int level)
    {
        var letter = (char)('A' + (_unknown++ % 26));
        return level == 0 ? $"~{letter}{letter}" : $"{_open[level - 1] ?? new string('~', 1 + (2 * level))}~{letter}";
    }
}
