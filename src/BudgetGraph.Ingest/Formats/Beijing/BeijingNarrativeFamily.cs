using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Narrative;
using BudgetGraph.Ingest.Formats.Reference;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Beijing;

/// <summary>
/// Beijing's 附件1, "第一部分 2026 年度部门预算情况说明": the narrative of a 部门预算 whose tables are another file (附件2,
/// <see cref="BeijingDepartmentBudgetFamily"/>). It prints no table, so the document is matched by publisher and year:
/// the first Beijing department it names ("北京市气象局属于公益性事业单位…", "北京市统计局部门 2026 年度") and the year
/// of its heading. Its records (stated comparisons, facts, glossary) are added to that document when loaded.
/// </summary>
public sealed partial class BeijingNarrativeFamily : IDisclosureFamily
{
    private const int HeadingLines = 12;

    public string Name => "beijing-dept-budget-narrative";

    public bool Recognises(DisclosureSource source) =>
        Heading(source) is not null && !Lines(source).Any(l => TableNumber().IsMatch(l));

    public DisclosureContent Read(DisclosureSource source)
    {
        var year = Heading(source) ?? throw new DisclosureFormatException("no \"第一部分 2026 年度部门预算情况说明\" heading states the year", source.FileName);
        var name = Lines(source).Select(l => DepartmentName().Match(l)).FirstOrDefault(m => m.Success)?.Value
            ?? throw new DisclosureFormatException("the narrative names no 北京市 department (北京市…局, …委员会, …办公室 …)", source.FileName);
        var region = ReferenceNames.RegionFor(name) ?? throw new DisclosureFormatException($"no administrative division starts the name {name}", source.FileName);
        var department = new DepartmentRecord { Id = NaturalKeys.Department(region.Code, Scope.Department, name), RegionCode = region.Code, Name = name, Scope = Scope.Department };
        var documentId = NaturalKeys.Document(department.Id, year, BudgetStage.Budget);
        var narrative = NarrativeParagraphs.Outside(source, []);
        var (comparisons, dropped) = NarrativeYears.Drop(StatedComparisonReader.Read(narrative, year), year);
        return new DisclosureContent
        {
            Family = Name,
            DocumentId = documentId,
            Title = $"{name}{year}年部门预算",
            Year = year,
            Stage = BudgetStage.Budget,
            Publisher = name,
            Region = region,
            Departments = [department],
            Tables = [],
            Lines = [],
            Classification = [],
            Projects = [],
            DepartmentIndicators = [],
            Comparisons = comparisons,
            Facts = NarrativeFacts.Read(narrative, name),
            Glossary = GlossaryReader.Section(narrative),
            DroppedBaseYears = dropped,
            NarrativeOnly = true,
        };
    }

    private static int? Heading(DisclosureSource source) =>
        Lines(source).Take(HeadingLines).Select(l => NarrativeHeading().Match(l)).FirstOrDefault(m => m.Success) is { } m
            ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : null;

    private static IEnumerable<string> Lines(DisclosureSource source) =>
        Enumerable.Range(1, source.Text.LineCount).Select(i => string.Concat(source.Text[i].Where(c => !char.IsWhiteSpace(c))));

    [GeneratedRegex(@"^第一部分(?<year>\d{4})年度部门预算情况说明$")]
    private static partial Regex NarrativeHeading();

    /// <summary>The tables' numbers ("预算01表"): a file that prints them is the 报表, not the narrative.</summary>
    [GeneratedRegex(@"^预算\d{2}表")]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"北京市[\u4e00-\u9fa5]{1,16}?(?:委员会|办公室|局|院|中心|馆)")]
    private static partial Regex DepartmentName();
}
