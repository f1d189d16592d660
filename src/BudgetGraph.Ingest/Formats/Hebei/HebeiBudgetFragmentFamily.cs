using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Reference;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Hebei;

/// <summary>
/// Hebei budgets (each cell on a line of its own ending with " |", a 栏次 line-number column). Only fragments are known
/// so far: the 收支总表 alone. It is read as a partial document: its total is the printed 本年支出合计, its functional
/// view the 类 rows of the expenditure side (coded by their names in the reference lists), each other table of the
/// national set an ERROR finding (TABLE_MISSING). The publisher ("920平山县下口镇财政所") and year (预算年度:2025)
/// come from its captions.
/// </summary>
public sealed partial class HebeiBudgetFragmentFamily(ReferenceNames reference) : IDisclosureFamily
{
    private const string Overview = "01 收支总表";

    /// <summary>The tables of the national set a Hebei budget also publishes, missing from a fragment.</summary>
    private static readonly string[] _missing =
        ["02 收入总表", "03 支出总表", "04 财政拨款收支总表", "05 一般公共预算支出表", "06 一般公共预算基本支出表", "07 一般公共预算“三公”经费支出表", "08 政府性基金预算支出表", "09 国有资本经营预算支出表"];

    public HebeiBudgetFragmentFamily()
        : this(ReferenceNames.Default)
    {
    }

    public string Name => "hebei-budget";

    public bool Recognises(DisclosureSource source) =>
        !source.IsPdf && Cells(source.Text).Any(c => c.Text == "栏次") && Cells(source.Text).Count() >= 10;

    public DisclosureContent Read(DisclosureSource source)
    {
        var text = source.Text;
        var cells = Cells(text).ToList();
        var header = cells.First(c => c.Text == "栏次");
        var publisher = cells.Select(c => Publisher().Match(c.Text)).FirstOrDefault(m => m.Success)
            ?? throw new DisclosureFormatException("no publisher caption (\"920平山县下口镇财政所\") names the unit", text.FileName, Overview, header.Line, null);
        var year = cells.Select(c => BudgetYear().Match(c.Text)).FirstOrDefault(m => m.Success) is { } y
            ? int.Parse(y.Groups["year"].Value, CultureInfo.InvariantCulture)
            : throw new DisclosureFormatException("no 预算年度 caption states the year", text.FileName, Overview, header.Line, null);
        var unit = cells.Select(c => UnitCaption.Parse(c.Text.Replace(':', '：'))).FirstOrDefault(u => u is not null)
            ?? throw new DisclosureFormatException("the table states no unit (单位:万元)", text.FileName, Overview, header.Line, null);
        var name = publisher.Groups["name"].Value;
        var region = ReferenceNames.RegionFor(name)
            ?? throw new DisclosureFormatException($"no administrative division in data/reference/divisions.tsv starts the name {name}", text.FileName, Overview, header.Line, null);
        var department = new DepartmentRecord { Id = NaturalKeys.Department(region.Code, Scope.Unit, name), RegionCode = region.Code, Name = name, Scope = Scope.Unit, Code = publisher.Groups["code"].Value };
        var documentId = NaturalKeys.Document(department.Id, year, BudgetStage.Budget);

        var spending = Amount(cells, "本年支出合计", unit)
            ?? throw new MissingTableException("the 收支总表 prints no 本年支出合计, so its total cannot be established", text.FileName, Overview, header.Line, header.Text);
        var table = new DisclosedTableRecord
        {
            Number = "01",
            Title = "收支总表",
            Unit = unit,
            Line = header.Line,
            Rows = [.. cells.Where(c => c.Line >= header.Line).Select((c, i) => new DisclosedRowRecord { Row = i + 1, Line = c.Line, Cells = [c.Text] })],
        };
        var lines = new List<BudgetLineRecord>();
        for (var i = 0; i + 1 < cells.Count; i++)
        {
            if (ClassRow().Match(cells[i].Text) is not { Success: true } row || !AmountText.TryParse(cells[i + 1].Text, out var value))
                continue;
            var code = reference.CodesNamed(ClassificationScheme.Functional, row.Groups["name"].Value).FirstOrDefault(c => c.Length == 3);
            if (code is null)
                throw new DisclosureFormatException($"the expenditure row \"{cells[i].Text}\" names no 类 of the functional classification", text.FileName, Overview, cells[i].Line, cells[i].Text);
            lines.Add(new BudgetLineRecord
            {
                DepartmentId = department.Id,
                Kind = LineKind.Expenditure,
                FunctionalCode = code,
                Amount = UnitCaption.ToUnits(value, unit),
                Source = new SourceLocation { Table = Overview, Line = cells[i + 1].Line, Column = "预算数" },
            });
        }


        return new DisclosureContent
        {
            Family = Name,
            DocumentId = documentId,
            Title = $"{name}{year}年单位预算",
            Year = year,
            Stage = BudgetStage.Budget,
            Publisher = name,
            Region = region,
            Departments = [department],
            Tables = [table],
            Lines = lines,
            Classification = ClassificationTree.Build(new Dictionary<(ClassificationScheme, string), string>(), lines, reference),
            Projects = [],
            DepartmentIndicators = [],
            Comparisons = [],
            Facts = [],
            Glossary = [],
            TableProblems = [.. _missing.Select(t => new TableProblem(t, null, IsPdf: false))],
            Reconciliation = new HebeiReconciliationInput(Overview, spending, lines, unit),
            PrintedTotal = spending.Amount,
            Subtotals =
            [
                new PublishedSubtotalRecord { Scheme = ClassificationScheme.Functional, Code = "", Level = 0, Kind = LineKind.Expenditure, Amount = spending.Amount, Source = spending.Source },
            ],
        };
    }

    /// <summary>The amount in the cell after a label cell ("本年支出合计 |" then "690.36 |").</summary>
    private static AmountRef? Amount(List<(int Line, string Text)> cells, string label, TableUnit unit)
    {
        var at = cells.FindIndex(c => c.Text == label);
        return at >= 0 && at + 1 < cells.Count && AmountText.TryParse(cells[at + 1].Text, out var value)
            ? new AmountRef(UnitCaption.ToUnits(value, unit), new SourceLocation { Table = Overview, Line = cells[at + 1].Line, Column = label })
            : null;
    }

    /// <summary>Each line ending " |" is a cell (empty cells included, as "").</summary>
    private static IEnumerable<(int Line, string Text)> Cells(SourceText text) =>
        Enumerable.Range(1, text.LineCount).Where(i => text[i].TrimEnd().EndsWith('|')).Select(i => (i, text[i].Trim().TrimEnd(' ', '|')));

    [GeneratedRegex(@"^(?<code>\d{3,})(?<name>\D.+)$")]
    private static partial Regex Publisher();

    [GeneratedRegex(@"^预算年度[:：](?<year>\d{4})$")]
    private static partial Regex BudgetYear();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、(?<name>.+支出)$")]
    private static partial Regex ClassRow();
}
