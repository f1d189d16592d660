using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Narrative;
using BudgetGraph.Ingest.Formats.Reference;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Reads one document of a layout family: finds its tables (any other titled table is a WARNING), identifies the
/// department by region and name (Shanghai prints no department code) and the year — from the table titles and 编制部门
/// caption, else from the heading "上海市普陀区财政局2024年度部门决算" — and turns the tables into lines, names and findings.
/// A set read after its department's summary in the same file (<paramref name="summary"/>: the 汇总's department and
/// region; <see cref="LayoutSets"/>) is a unit under that department, placed in its region unless its name names one.
/// </summary>
internal sealed partial class LayoutDocumentReader(DisclosureSource source, LayoutFamilyKind kind, ReferenceNames reference, (DepartmentRecord Department, RegionRecord Region)? summary = null)
{
    private const int HeadingLines = 5;
    private const int CoverLines = 4;

    public DisclosureContent Read()
    {
        var views = kind.Views;
        var starts = LayoutCatalog.FindStarts(source.Layout, kind.Tables, kind.TitlePrefixes);
        // A profile labelling its tables by its own titles (Henan: "03 部门支出总体情况表", as citations name them).
        if (kind.LabelByProfileTitle)
            starts = starts.Select(s => s.Spec is { } spec ? s with { PrintedTitle = spec.Title } : s).ToList();
        var missing = kind.Tables.Where(t => starts.All(s => s.Spec != t)).ToList();
        // Without the functional expenditure table the total cannot be established: refused. Any other missing table
        // makes the document partial, an ERROR finding each.
        if (missing.FirstOrDefault(t => t.Number == views.Expenditure) is { } expenditureMissing)
        {
            throw new MissingTableException($"the {kind.ScopeWord} has no {expenditureMissing.Title}, so its total cannot be established (missing: {string.Join(", ", missing.Select(t => $"{t.Number} {t.Title}"))})",
                source.FileName, $"{expenditureMissing.Number} {expenditureMissing.Title}", source.Text.LineCount, null);
        }

        var unitCodes = kind.UnitsFromIncome ? UnitCodes(starts, missing) : ((LayoutTable Table, IReadOnlySet<string> Codes)?)null;
        var unreadable = new List<(TableSpec Spec, DisclosureFormatException Error)>();
        var tables = LayoutTableReader.ReadEach(source, starts, unreadable, reference, unitCodes?.Codes).ToDictionary(t => t.Spec.Number, StringComparer.Ordinal);
        foreach (var guessed in tables.Values.Where(t => t.Spec.CodesFromNames is not null).ToList())
        {
            if (UnheldLevels(guessed) is { } error)
            {
                tables.Remove(guessed.Spec.Number);
                unreadable.Add((guessed.Spec, error));
            }
        }

        if (unreadable.FirstOrDefault(u => u.Spec.Number == views.Expenditure) is { Error: { } expenditureError })
            throw expenditureError;
        var overview = tables.GetValueOrDefault(views.Overview) ?? tables[views.Expenditure];
        var printedTotal = tables.GetValueOrDefault(views.Overview) is { } printed ? OverviewAmount.Find(printed, views.OverviewSpending, source.IsPdf, views.OverviewSpendingOccurrence) : null;
        GeneralBudgetCoversAll(tables, views, printedTotal);
        var heading = Heading();
        var year = starts.FirstOrDefault(s => s.Year is not null)?.Year ?? heading?.Year ?? CaptionYear()
            ?? throw new DisclosureFormatException($"neither a table title nor a heading states the year (expected e.g. 2025年部门收入预算总表 or …2024年度{kind.ScopeWord})", source.FileName, overview.Label, overview.TitleLine.Line, overview.TitleLine.Text);
        var printedName = tables.Values.Select(t => t.Publisher).FirstOrDefault(p => !string.IsNullOrEmpty(p)) ?? heading?.Name;
        var name = printedName is not null ? WholeDepartment().Replace(HeaderText.Normalise(printedName), "") : throw new DisclosureFormatException($"no 编制部门：… / 编制单位：… caption or …年度{kind.ScopeWord} heading names the department", source.FileName, overview.Label, overview.TitleLine.Line, overview.TitleLine.Text);
        var region = ReferenceNames.RegionFor(name) ?? summary?.Region ?? HeadingRegion()
            ?? throw new DisclosureFormatException($"no administrative division in data/reference/divisions.tsv starts the name {name} or the document's heading", source.FileName, overview.Label, overview.TitleLine.Line, null);
        var units = unitCodes is null ? null : LayoutUnits.Read(unitCodes.Value.Table, region.Code, name, source.FileName);
        var department = units?.Department ?? (summary is { } whole
            ? new DepartmentRecord { Id = NaturalKeys.Department(region.Code, Scope.Unit, name), RegionCode = region.Code, Name = name, Scope = Scope.Unit, ParentId = whole.Department.Id }
            : new DepartmentRecord { Id = NaturalKeys.Department(region.Code, kind.Scope, name), RegionCode = region.Code, Name = name, Scope = kind.Scope });
        var documentId = NaturalKeys.Document(department.Id, year, views.Stage);

        var unitOwners = units?.All.ToDictionary(d => d.Code!, d => d.Id, StringComparer.Ordinal);
        var lines = new LayoutLines(tables, views, department.Id, source.IsPdf, unitOwners).Read();
        var problems = missing.Select(t => new TableProblem($"{t.Number} {t.Title}", null, source.IsPdf))
            .Concat(unreadable.Select(u => new TableProblem(u.Error.Table ?? $"{u.Spec.Number} {u.Spec.Title}", u.Error, source.IsPdf))).ToList();
        // A profile with forms of its own reads them (Henan's 10–12); the others' project forms are the national ones.
        var ownForms = kind.Forms is { } reader && units is not null ? reader.Read(source, tables, units, problems) : null;
        var forms = ownForms is null ? PerformanceForms.Read(source.Layout, starts.Where(s => s.Spec is null), department.Id, source.IsPdf).ToList() : [];
        var projects = ownForms?.Projects.ToList() ?? forms.Select(f => f.Project).ToList();
        var unread = starts.Where(s => s.Spec is null && forms.All(f => f.Form != s))
            .Select(s => new UnreadTable(s.PrintedTitle, s.Line.Page, source.IsPdf ? null : s.Line.Line)).ToList();
        var narrative = NarrativeParagraphs.Outside(source, tables.Values);
        var (comparisons, dropped) = NarrativeYears.Drop(StatedComparisonReader.Read(narrative, year), year);

        var classified = tables.Values.Where(t => t.Spec.IsClassified).OrderBy(t => t.Spec.Number, StringComparer.Ordinal)
            .Select(t => (t.Spec.Number == views.BasicEconomic || t.Spec.Number == views.EconomicSummary ? ClassificationScheme.EconomicDepartment : ClassificationScheme.Functional, t));
        return new DisclosureContent
        {
            Family = kind.FamilyName,
            DocumentId = documentId,
            Title = $"{department.Name}{year}年{kind.ScopeWord}",
            Year = year,
            Stage = views.Stage,
            Publisher = department.Name,
            Region = region,
            Departments = units?.All.ToList() ?? (summary is { } parent ? [parent.Department, department] : [department]),
            Tables = tables.Values.OrderBy(t => t.Spec.Number, StringComparer.Ordinal).Select(t => LayoutTableRecords.ToRecord(t, source.IsPdf, source.Layout.Kind == LayoutSourceKind.TabbedCells ? source.Text : null)).ToList(),
            Lines = lines,
            Classification = LayoutClassification.Build(classified, lines, reference),
            Projects = projects,
            DepartmentIndicators = ownForms?.DepartmentIndicators ?? [],
            Comparisons = comparisons,
            Facts = [.. NarrativeFacts.Read(narrative, name), .. views.ThreePublic is { } threePublic && tables.GetValueOrDefault(threePublic) is { } threePublicTable ? ThreePublicFacts.Read(source.Layout, threePublicTable, source.IsPdf) : []],
            Glossary = GlossaryReader.Section(narrative),
            TableProblems = problems,
            UnreadTables = unread,
            DroppedBaseYears = dropped,
            Reconciliation = new LayoutReconciliationInput(tables, views, source.IsPdf),
            Subtotals = LayoutSubtotals.Read(tables, views, source.IsPdf, printedTotal),
            PrintedTotal = printedTotal?.Amount,
            NarrativeIsAnotherFile = kind.NarrativeIsAnotherFile,
        };
    }

    /// <summary>
    /// The codes of the units the income table lists (<see cref="LayoutFamilyKind.UnitsFromIncome"/>), read from it as a
    /// table without columns, before the tables are read with their unit rows. Without them the department cannot be
    /// identified: refused.
    /// </summary>
    private (LayoutTable Table, IReadOnlySet<string> Codes) UnitCodes(IReadOnlyList<TableStartLine> starts, List<TableSpec> missing)
    {
        var income = kind.Views.Income ?? throw new InvalidOperationException($"profile {kind.FamilyName} takes its units from an income table it does not name");
        var start = starts.FirstOrDefault(s => s.Spec?.Number == income);
        if (start is null)
        {
            var spec = missing.Single(t => t.Number == income);
            throw new MissingTableException($"the document is incomplete (truncated?): table {spec.Number} {spec.Title}, which lists the department and its units by code, is not found, so the department cannot be established",
                source.FileName, $"{spec.Number} {spec.Title}", source.Text.LineCount, null);
        }

        var plain = new TableSpec(start.Spec!.Number, start.Spec.Title);
        var others = starts.Select(s => s == start ? s with { Spec = plain } : s with { Spec = null }).ToList();
        var unreadable = new List<(TableSpec Spec, DisclosureFormatException Error)>();
        var table = LayoutTableReader.ReadEach(source, others, unreadable, reference).SingleOrDefault();
        if (table is null)
            throw unreadable.Single().Error;
        return (table, LayoutUnits.CodesIn(table));
    }

    /// <summary>
    /// The first line naming department and year before the scope word (第二部分 上海市普陀区财政局2024年度部门决算表), or
    /// the year first (2026年广州市气象局部门预算); the cover's first lines read as one come first.
    /// </summary>
    private (string Name, int Year)? Heading()
    {
        var pattern = new Regex($@"^(?:第.部分)?(?:(?<name>(?!第.部分)[^\d，。：:]+?)(?<year>\d{{4}})年度?|(?<year>\d{{4}})年度?(?<name>[^\d，。：:度][^\d，。：:]*?)){kind.HeadingWord ?? Regex.Escape(kind.ScopeWord)}");
        // A cover may wrap its heading over its first lines ("2026 年度" / "福州市公安局文职人员" / "管理中心单位预算"; a PDF
        // may give "年度" before "2026"): read as "{year}年度{the rest}".
        var coverLines = source.Layout.Lines.Take(CoverLines).Select(l => l.Compact).ToList();
        var coverYear = coverLines.Select(l => CoverYear().Match(l)).FirstOrDefault(m => m.Success)?.Value;
        var cover = coverYear is null ? "" : coverYear + "年度" + string.Concat(coverLines.Select(l => CoverYearWords().Replace(l, "").Replace("年度", "", StringComparison.Ordinal)));
        foreach (var text in source.Layout.Lines.Select(l => l.Compact).Prepend(cover))
        {
            var match = pattern.Match(text);
            if (match.Success)
                return (match.Groups["name"].Value, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
        }

        return null;
    }

    /// <summary>
    /// Where the functional expenditure table covers the general public budget only, it establishes the total only if
    /// the overview spends nothing else: 本年支出合计 equal to the general budget's appropriation.
    /// </summary>
    private void GeneralBudgetCoversAll(Dictionary<string, LayoutTable> tables, LayoutViews views, AmountRef? spending)
    {
        if (views.OverviewGeneralBudget is not { } label)
            return;
        var expenditure = tables[views.Expenditure];
        var overview = tables.GetValueOrDefault(views.Overview);
        var general = overview is null ? null : OverviewAmount.Find(overview, label, source.IsPdf);
        if (spending is null || general is null || spending.Amount != general.Amount)
        {
            throw new DisclosureFormatException(
                $"the functional expenditure table ({expenditure.Label}) covers the general public budget only, and the overview does not show that budget to be all of the spending ({views.OverviewSpending} {Yuan(spending)}, {label} {Yuan(general)}): the total cannot be established",
                source.FileName, overview?.Label ?? expenditure.Label, (overview ?? expenditure).TitleLine.Line, null);
        }
    }

    private static string Yuan(AmountRef? amount) => amount is null ? "not printed" : $"{Money.ToYuan(amount.Amount):N2} 元";

    /// <summary>
    /// A table whose rows print names without codes is placed in the hierarchy by name and indent: a reading, not what
    /// the document prints. It is accepted only if its subtotals then hold; else its levels cannot be established and
    /// the table is unreadable (a wrong level would show as a false disagreement).
    /// </summary>
    private DisclosureFormatException? UnheldLevels(LayoutTable table)
    {
        if (LayoutHierarchy.FirstUnheld(table) is not { } failed)
            return null;
        var stated = failed.Stated;
        return new DisclosureFormatException(
            $"its rows print names without codes, and read by name and indent their subtotals do not hold (column {table.Spec.Columns![failed.Column]}: {failed.What} miss row {stated.Number}, {stated.Name}, by {Money.ToYuan(failed.Difference):N2} 元): the rows' levels cannot be established",
            source.FileName, table.Label, stated.Row.Line, null);
    }

    /// <summary>A table's year printed as a caption under its title ("（2026年度）", Beijing's 部门整体支出绩效目标表).</summary>
    private int? CaptionYear() =>
        source.Layout.Lines.Select(l => YearCaption().Match(l.Compact)).FirstOrDefault(m => m.Success) is { } m
            ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// A unit that names no place (上海交通职业技术学院) is placed by the document's heading, which does:
    /// "上海市2026年市级单位预算" → 310000.
    /// </summary>
    private RegionRecord? HeadingRegion() =>
        source.Layout.Lines.Take(HeadingLines).Select(l => PlaceBeforeYear().Match(l.Compact))
            .Where(m => m.Success).Select(m => ReferenceNames.RegionFor(m.Groups["place"].Value)).FirstOrDefault(r => r is not null);

    [GeneratedRegex(@"^(?<place>[^\d，。：:]+?)\d{4}年")]
    private static partial Regex PlaceBeforeYear();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex CoverYear();

    /// <summary>The cover's year with the 年 after it ("西安市信访局（汇总）2026年部门预算…"), taken out of the name.</summary>
    [GeneratedRegex(@"\d{4}(?:年度?)?")]
    private static partial Regex CoverYearWords();

    /// <summary>"西安市信访局（汇总）": the department as a whole, which the document's scope already says.</summary>
    [GeneratedRegex(@"[（(]汇总[)）]$")]
    private static partial Regex WholeDepartment();

    [GeneratedRegex(@"^[（(](?<year>\d{4})年度[)）]$")]
    private static partial Regex YearCaption();
}
