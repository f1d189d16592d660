using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// The department and its budget units where a document lists them by code, one row each, in its income table
/// (Henan's 02: "028 新乡市…局", "028001 新乡市…局"): the shortest code is the department, a longer code a unit of the
/// department whose code it starts with. Departments are identified by these codes.
/// </summary>
public sealed partial class LayoutUnits
{
    private readonly Dictionary<string, DepartmentRecord> _byCode;

    private LayoutUnits(DepartmentRecord department, IReadOnlyList<DepartmentRecord> units)
    {
        Department = department;
        Units = units;
        _byCode = units.Append(department).ToDictionary(d => d.Code!, StringComparer.Ordinal);
    }

    public DepartmentRecord Department { get; }

    public IReadOnlyList<DepartmentRecord> Units { get; }

    public IEnumerable<DepartmentRecord> All => Units.Prepend(Department);

    /// <summary>Whether <paramref name="code"/> is a unit under <paramref name="unit"/> (028001 under 028), at any depth.</summary>
    public static bool IsUnder(string code, string unit) => code.Length > unit.Length && code.StartsWith(unit, StringComparison.Ordinal);

    /// <summary>The department or unit with a code, null when the document does not list it.</summary>
    public DepartmentRecord? ByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// The units of a table read without columns: each row whose first cell is a code of three or more digits, its name
    /// the text after it (the code's own cell in a grid export, glued to the code elsewhere), else the caption's name.
    /// </summary>
    public static LayoutUnits Read(LayoutTable table, string regionCode, string captionName, string fileName)
    {
        var rows = Rows(table);
        if (rows.Count == 0)
            throw new MalformedRowException("the table lists no department code row (e.g. 028)", fileName, table.Label, table.TitleLine.Line, table.TitleLine.Text);
        var top = rows.MinBy(r => r.Code.Length);
        var department = new DepartmentRecord
        {
            Id = NaturalKeys.Department(regionCode, Scope.Department, top.Code),
            RegionCode = regionCode,
            Code = top.Code,
            Name = top.Name ?? captionName,
            Scope = Scope.Department,
        };
        var units = rows.Where(r => r != top)
            .Select(r => new DepartmentRecord
            {
                Id = NaturalKeys.Department(regionCode, Scope.Unit, r.Code),
                RegionCode = regionCode,
                Code = r.Code,
                Name = r.Name ?? department.Name,
                Scope = Scope.Unit,
                ParentId = department.Id,
            })
            .ToList();
        return new LayoutUnits(department, units);
    }

    /// <summary>The codes the table lists (028, 028001), before the department's region and name are known.</summary>
    public static IReadOnlySet<string> CodesIn(LayoutTable table) => Rows(table).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

    private static List<(Parsing.Layout.LayoutRow Row, string Code, string? Name)> Rows(LayoutTable table) =>
        table.Rows.Select(r => (Row: r, Match: r.Cells.Count > 0 ? CodeCell().Match(r.Cells[0]) : Match.Empty))
            .Where(r => r.Match.Success)
            .Select(r => (r.Row, Code: r.Match.Groups["code"].Value, Name: NameOf(r.Row, r.Match.Groups["name"].Value)))
            .ToList();

    /// <summary>The name glued to the code, else the next cell when it is text, not an amount.</summary>
    private static string? NameOf(Parsing.Layout.LayoutRow row, string glued) =>
        glued.Length > 0 ? glued : row.Cells.Count > 1 && !AmountText.TryParse(row.Cells[1], out _) ? row.Cells[1] : null;

    [GeneratedRegex(@"^(?<code>\d{3,})(?<name>\D.*)?$")]
    private static partial Regex CodeCell();
}
