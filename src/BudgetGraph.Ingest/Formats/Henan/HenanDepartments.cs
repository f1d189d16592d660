using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// The department and its budget units, from the code rows of table 02 (028 = the department, 028001 = its unit). The
/// shortest code is the department; a longer code is a unit of the department whose code it starts with.
/// </summary>
internal sealed partial class HenanDepartments
{
    private readonly Dictionary<string, DepartmentRecord> _byCode;

    private HenanDepartments(DepartmentRecord department, IReadOnlyList<DepartmentRecord> units)
    {
        Department = department;
        Units = units;
        _byCode = units.Append(department).ToDictionary(d => d.Code!, StringComparer.Ordinal);
    }

    public DepartmentRecord Department { get; }

    public IReadOnlyList<DepartmentRecord> Units { get; }

    public IEnumerable<DepartmentRecord> All => Units.Prepend(Department);

    public static HenanDepartments Read(TextTable income, string regionCode, string departmentName)
    {
        var codeRows = HenanDocument.DataRows(income).Where(r => r[0] is { } code && Digits().IsMatch(code)).ToList();
        if (codeRows.Count == 0)
            throw new MalformedRowException("table lists no department code row (e.g. 028)", income.FileName, income.Label, income.TitleLine, null);
        var top = codeRows.MinBy(r => r[0]!.Length)!;
        var department = new DepartmentRecord
        {
            Id = NaturalKeys.Department(regionCode, Scope.Department, top[0]!),
            RegionCode = regionCode,
            Code = top[0],
            Name = top[1] ?? departmentName,
            Scope = Scope.Department,
        };
        var units = codeRows.Where(r => r != top)
            .Select(r => new DepartmentRecord
            {
                Id = NaturalKeys.Department(regionCode, Scope.Unit, r[0]!),
                RegionCode = regionCode,
                Code = r[0],
                Name = r[1] ?? department.Name,
                Scope = Scope.Unit,
                ParentId = department.Id,
            })
            .ToList();
        return new HenanDepartments(department, units);
    }

    /// <summary>The department or unit with a code, null when the document does not list it.</summary>
    public DepartmentRecord? ByCode(string code) => _byCode.GetValueOrDefault(code);

    [GeneratedRegex(@"^\d{3,}$")]
    private static partial Regex Digits();
}
