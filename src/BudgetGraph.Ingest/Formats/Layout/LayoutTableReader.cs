using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Reference;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Cuts a layout document into tables at their title lines and reads each one. A table runs to the next title; past its
/// title page it continues only onto pages that look like table pages (no narrative paragraph lines), so the last table
/// stops before the explanations that follow it. Captions (编制部门, 单位, 注) are read apart from the rows.
/// </summary>
public static partial class LayoutTableReader
{
    /// <summary>A line this long with sentence punctuation is narrative: its page is not a table's continuation.</summary>
    private const int NarrativeLine = 30;

    public static IReadOnlyList<LayoutTable> ReadAll(DisclosureSource source, IReadOnlyList<TableStartLine> starts) => ReadEach(source, starts, []);

    /// <summary>
    /// Reads each table on its own: a table that cannot be read is kept in <paramref name="unreadable"/> with its located
    /// reason, and the others are still read.
    /// </summary>
    /// <param name="unitCodes">The codes of the budget units the document lists (Henan's table 02: 028, 028001): a
    /// classified table's row that starts with one of them is that unit's row, and the rows below it are the unit's.</param>
    public static IReadOnlyList<LayoutTable> ReadEach(DisclosureSource source, IReadOnlyList<TableStartLine> starts, List<(TableSpec Spec, DisclosureFormatException Error)> unreadable,
        ReferenceNames? reference = null, IReadOnlySet<string>? unitCodes = null)
    {
        var document = source.Layout;
        var index = document.Lines.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var ordered = starts.OrderBy(s => index[s.Line]).ToList();
        var tables = new List<LayoutTable>();
        var furniture = PageFurniture.Of(document);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Spec is null)
                continue;
            var from = index[ordered[i].Line] + 1;
            var to = i + 1 < ordered.Count ? index[ordered[i + 1].Line] : document.Lines.Count;
            // A PDF may set a title's year on a line of its own, just above or below it: it belongs to the title.
            var yearLines = new[] { from, to - 1 }.Where(j => j < document.Lines.Count && AmountText.IsYear(document.Lines[j].Compact)).Select(j => document.Lines[j]).ToHashSet();
            var lines = TableLines(document, ordered[i].Line.Page, from, to)
                .Where(l => !furniture.Contains(l) && !LayoutCatalog.IsTableMarker(l) && !IsColumnNumbering(l) && !yearLines.Contains(l)).ToList();
            try
            {
                tables.Add(Read(source, ordered[i], lines, reference ?? ReferenceNames.Default, unitCodes));
            }
            catch (DisclosureFormatException error)
            {
                unreadable.Add((ordered[i].Spec!, error));
            }
        }

        return tables;
    }

    private static List<LayoutLine> TableLines(LayoutDocument document, int titlePage, int from, int to)
    {
        var lines = new List<LayoutLine>();
        var page = titlePage;
        for (var i = from; i < to; i++)
        {
            var line = document.Lines[i];
            if (line.Page != page)
            {
                if (!IsTablePage(document, line.Page))
                    break;
                page = line.Page;
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>A page without narrative paragraphs; a table's note (注：…) may be a long sentence.</summary>
    internal static bool IsTablePage(LayoutDocument document, int page) =>
        document.Lines.Where(l => l.Page == page)
            .All(l => l.Compact.Length <= NarrativeLine || l.Compact.StartsWith('注') || !l.Compact.Any(c => c is '，' or '。' or '；'));

    private static LayoutTable Read(DisclosureSource source, TableStartLine start, List<LayoutLine> lines, ReferenceNames reference, IReadOnlySet<string>? unitCodes)
    {
        var spec = start.Spec!;
        var label = $"{spec.Number} {start.PrintedTitle}";
        TableUnit? unit = null;
        string? publisher = null;
        var notes = new List<string>();
        var body = new List<LayoutLine>();
        foreach (var line in lines)
        {
            var compact = line.Compact;
            var caption = false;
            if (LinePublisher(line) is { } alone)
            {
                publisher = alone;
                caption = true;
            }

            foreach (var word in line.Words)
            {
                if (PublisherCaptionOf(word.Text) is { } named)
                {
                    publisher = named.Name;
                    unit ??= named.Unit;
                    caption = true;
                }
                else if (word.Text.Contains("单位", StringComparison.Ordinal) && word.Text.EndsWith('元') && unit is null)
                {
                    unit = UnitCaption.Parse(word.Text[word.Text.IndexOf("单位", StringComparison.Ordinal)..]);
                    caption = true;
                }
            }

            // A note's numbered items after its first ("注：1.…" then "2.本表金额转换为万元时…") are the note too.
            var noAmounts = !line.Words.Any(w => AmountText.TryParse(w.Text, out _));
            if (compact.StartsWith('注') || (notes.Count > 0 && noAmounts && (line == lines[^1] || NumberedItem().IsMatch(compact))))
            {
                notes.Add(compact);
                caption = true;
            }

            // A table's year printed as a caption under its title: "(2026年度)" (Henan's 11, Beijing's 部门整体支出绩效目标表).
            if (YearCaption().IsMatch(compact))
                caption = true;

            if (!caption)
                body.Add(line);
        }

        var printed = body.ToList();
        // No 单位 caption: a header cell may state it ("资金总额（万元）", Henan's 12).
        unit ??= body.TakeWhile(l => !l.Words.Any(w => AmountText.TryParse(w.Text, out _))).SelectMany(l => l.Words).Select(w => HeaderUnit().Match(w.Text))
            .Where(m => m.Success).Select(m => UnitCaption.Parse("单位：" + m.Groups["unit"].Value)).FirstOrDefault(u => u is not null);
        if (spec.TwoSided && SideBySideRowReader.Fits(body, NationalTableWords.All))
        {
            var sideRows = SideBySideRowReader.Read(source.Layout, body, label, NationalTableWords.All);
            var placedRows = SideBySide(spec, sideRows);
            return Table(source, spec, start, label, unit, publisher, notes, printed, placedRows.Select(r => r.Row).ToList(),
                placedRows.Select((r, i) => ToClassified(source, label, unit, start.Line, i + 1, r.Row, r.Placed)).ToList());
        }

        if (spec.TwoSided)
        {
            var sides = TwoSidedRowReader.Read(source.Layout, body, label, NationalTableWords.All);
            return Table(source, spec, start, label, unit, publisher, notes, printed, sides.Select(r => r.Row).ToList(),
                sides.Select((r, i) => ToClassified(source, label, unit, start.Line, i + 1, r.Row, r.Placed)).ToList());
        }

        if (spec.DashedCodeKey is { } key)
            body = DashedCodeCells.Keep(body, key);
        var secondCodes = new Dictionary<(int Page, int Line), (string Code, string Name)>();
        if (spec.SecondCode is { } second)
            (body, secondCodes) = DashedCodeCells.TakeSecondCodes(body, second);
        var header = body.TakeWhile(l => !l.Words.Any(w => AmountText.TryParse(w.Text, out _))).SelectMany(l => l.Words).ToList();
        var rows = LayoutRowReader.Read(source.Layout, body, label, spec.IsClassified, NationalTableWords.All, unitCodes is null ? null : word => unitCodes.Contains(word.Text));
        if (!spec.IsClassified)
            return Table(source, spec, start, label, unit, publisher, notes, printed, rows, []);
        var gridFirst = source.Layout.Kind == LayoutSourceKind.TabbedCells ? GridFirst(source, label, spec, header, rows, start.Line) : null;
        var (classified, borrowed) = Classify(source, label, spec, unit, publisher, rows, start.Line, HeaderCentresByPage(source, body, spec.Columns!), reference, gridFirst);
        List<ClassifiedRow> WithSecondCodes(IEnumerable<ClassifiedRow> read) =>
            read.Select(r => secondCodes.TryGetValue((r.Row.Page, r.Row.Line), out var code) ? r with { SecondCode = code.Code, SecondName = code.Name } : r).ToList();
        var table = Table(source, spec, start, label, unit, publisher, notes, printed, rows, WithSecondCodes(classified));
        return HierarchyPlacement.Settle(table, borrowed) is { } settled ? Table(source, spec, start, label, unit, publisher, notes, printed, rows, WithSecondCodes(settled)) : table;
    }

    /// <summary>
    /// A basic-expenditure table set out in several sides (Xi'an): each code's amount goes to 人员经费 or 公用经费 by its
    /// economic class, the side totals (人员经费合计, 公用经费合计) to the column they name, as one total row.
    /// </summary>
    private static List<(LayoutRow Row, LayoutWord?[] Placed)> SideBySide(TableSpec spec, IReadOnlyList<LayoutRow> rows)
    {
        var columns = spec.Columns!;
        var placed = new List<(LayoutRow, LayoutWord?[])>();
        foreach (var row in rows.Where(r => !r.IsTotal))
        {
            var cells = new LayoutWord?[columns.Count];
            cells[EconomicClasses.IsPersonnel(row.Code!) ? 0 : 1] = row.Amounts.Count > 0 ? row.Amounts[0] : null;
            placed.Add((row, cells));
        }

        var totals = rows.Where(r => r.IsTotal).ToList();
        if (totals.Count > 0)
        {
            var cells = new LayoutWord?[columns.Count];
            foreach (var total in totals)
            {
                var column = columns.ToList().FindIndex(c => total.Name!.StartsWith(c, StringComparison.Ordinal));
                if (column >= 0)
                    cells[column] = total.Amounts.Count > 0 ? total.Amounts[0] : null;
            }

            var first = totals[0];
            var name = string.Join("|", totals.Select(t => t.Name));
            placed.Add((first with { Name = name, Amounts = cells.OfType<LayoutWord>().ToList(), Raw = string.Join(" / ", totals.Select(t => t.Raw)) }, cells));
        }

        return placed;
    }

    /// <summary>
    /// A grid export's amount columns are adjacent cells, from the header's first column (合计) — else the leftmost
    /// amount — to the header's last cell: as many as the profile's table has, else the table is another layout than the
    /// profile's and is not read by it.
    /// </summary>
    private static int? GridFirst(DisclosureSource source, string label, TableSpec spec, List<LayoutWord> header, IReadOnlyList<LayoutRow> rows, LayoutLine title)
    {
        var headed = header.FirstOrDefault(w => HeaderText.Normalise(w.Text) == spec.Columns![0]);
        if ((headed is null ? ColumnAligner.GridFirst(rows) : ColumnAligner.Cell(headed)) is not { } first || header.Count == 0)
            return null;
        var last = header.Max(ColumnAligner.Cell);
        if (last - first + 1 != spec.Columns!.Count)
        {
            throw new MalformedRowException(
                $"the header spans {last - first + 1} amount columns (cells {first + 1}–{last + 1}), the table as the profile knows it has {spec.Columns.Count} ({string.Join(", ", spec.Columns)})",
                source.FileName, label, title.Line, title.Text);
        }

        return first;
    }

    /// <summary>The columns' numbers under a header ("栏次 1 2 3 4 5 6 7", "** ** ** 1 2 3"): not a row.</summary>
    private static bool IsColumnNumbering(LayoutLine line)
    {
        var numbers = line.Words.Where(w => !ColumnNumberingLabel().IsMatch(w.Text)).Select(w => w.Text).ToList();
        return numbers.Count >= 2 && numbers.Count < line.Words.Count + 1
            && numbers.Select((text, i) => text == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(same => same);
    }

    /// <summary>The column headers printed at the top of each page of the table, before its first amount on that page.</summary>
    private static Dictionary<int, double[]> HeaderCentresByPage(DisclosureSource source, List<LayoutLine> body, IReadOnlyList<string> columns)
    {
        var centres = new Dictionary<int, double[]>();
        foreach (var page in body.GroupBy(l => l.Page))
        {
            var header = page.TakeWhile(l => !l.Words.Any(w => AmountText.TryParse(w.Text, out _))).SelectMany(l => l.Words);
            if (ColumnAligner.HeaderCentres(header, columns, source.Layout.Kind == LayoutSourceKind.AlignedText) is { } found)
                centres[page.Key] = found;
        }

        return centres;
    }

    private static LayoutTable Table(DisclosureSource source, TableSpec spec, TableStartLine start, string label, TableUnit? unit, string? publisher, List<string> notes,
        IReadOnlyList<LayoutLine> printed, IReadOnlyList<LayoutRow> rows, IReadOnlyList<ClassifiedRow> classified) =>
        new()
        {
            Spec = spec,
            Label = label,
            PrintedTitle = start.PrintedTitle,
            TitleLine = start.Line,
            Unit = unit,
            Publisher = publisher,
            Note = notes.Count == 0 ? null : string.Join("\n", notes),
            Rows = rows,
            Lines = printed,
            Classified = classified,
            HasPages = source.Layout.HasPages,
        };

    /// <summary>
    /// The table's classified rows, and those placed without columns of their own page with their other placements
    /// (made only if <see cref="HierarchyPlacement"/> needs them).
    /// </summary>
    private static (List<ClassifiedRow> Classified, List<(int Index, Func<IEnumerable<ClassifiedRow>> Others)> Borrowed) Classify(
        DisclosureSource source, string label, TableSpec spec, TableUnit? unit, string? publisher, IReadOnlyList<LayoutRow> rows, LayoutLine title, IReadOnlyDictionary<int, double[]> headerCentres, ReferenceNames reference, int? gridFirst)
    {
        var columns = spec.Columns!;
        var aligner = new ColumnAligner(source.Layout, rows, columns.Count, headerCentres, spec.Sums, gridFirst);
        var classified = new List<ClassifiedRow>();
        var borrowed = new List<(int, Func<IEnumerable<ClassifiedRow>>)>();

        // A row the aligner placed with another page's columns may sit otherwise: its other placements, same row else.
        void Add(ClassifiedRow read, LayoutWord?[] placed)
        {
            classified.Add(read);
            if (aligner.Borrows(read.Row.Page))
            {
                borrowed.Add((classified.Count - 1, () => aligner.Alternatives(read.Row, placed)
                    .Select(other => ToClassified(source, label, unit, title, read.Number, read.Row, other))
                    .Select(other => read with { Amounts = other.Amounts, Printed = other.Printed })));
            }
        }

        string? parentClass = null, parentSection = null, unitCode = null;
        var names = spec.CodesFromNames is { } scheme ? new NameCodes(reference, scheme, source.Layout.Kind == LayoutSourceKind.Pdf ? 3 : 0.5) : null;
        foreach (var row in rows)
        {
            // A unit's row: the rows below it are the unit's. It is counted as a data row, as citations number them.
            if (row.Unit is { } code)
            {
                unitCode = code;
                var placedUnit = aligner.Place(row, source.FileName, label);
                Add(ToClassified(source, label, unit, title, classified.Count + 1, row, placedUnit) with { UnitCode = code, IsUnitRow = true }, placedUnit);
                continue;
            }

            if (names is not null && row.Code is null && !row.IsTotal && row.Amounts.Count > 0 && !(spec.UnitRowIsTotal && classified.Count == 0))
            {
                var placedByName = aligner.Place(row, source.FileName, label);
                var named = ToClassified(source, label, unit, title, classified.Count + 1, row, placedByName);
                var (nameCode, key, lineCode) = names.Resolve(row, named.Amount(0));
                Add((nameCode is not null ? named with { Code = nameCode, CodeFromName = true } : named with { Key = key, LineCode = lineCode }) with { UnitCode = unitCode }, placedByName);
                continue;
            }

            var unitTotal = spec.UnitRowIsTotal && classified.Count == 0 && row.Code is null && row.Amounts.Count > 0
                && publisher is not null && HeaderText.Normalise(row.Name ?? "") == HeaderText.Normalise(publisher);
            if (row.Code is null && !row.IsTotal && !unitTotal)
            {
                if (row.Amounts.Count > 0)
                    throw new MalformedRowException("a row with amounts has neither a classification code nor 合计", source.FileName, label, row.Line, row.Raw);
                continue;
            }

            var placed = aligner.Place(row, source.FileName, label);
            var read = ToClassified(source, label, unit, title, classified.Count + 1, row, placed);
            if (row.Codes.Count > 0 && row.Codes[0].Length != 3)
                read = MisprintedCode.Repair(read, parentClass, parentSection) ?? throw new MalformedRowException($"the classification code {string.Join(" ", row.Codes)} fits no 类/款 above it", source.FileName, label, row.Line, row.Raw);
            (parentClass, parentSection) = read.Code switch
            {
                { Length: 3 } classCode => (classCode, null),
                { Length: 5 } sectionCode => (parentClass, sectionCode),
                _ => (parentClass, parentSection),
            };
            Add(read with { UnitCode = unitCode }, placed);
        }

        return (classified, borrowed);
    }

    private static ClassifiedRow ToClassified(DisclosureSource source, string label, TableUnit? unit, LayoutLine title, int number, LayoutRow row, LayoutWord?[] placed)
    {
        var amounts = placed.Select(word => word is null ? (long?)null : Units(source, label, unit, row, word, title)).ToList();
        return new ClassifiedRow(number, row, row.Code, row.IsTotal || row.Code is null ? row.Name : row.Name ?? "", amounts, placed.Select(w => w?.Text).ToList());
    }

    private static long Units(DisclosureSource source, string label, TableUnit? unit, LayoutRow row, LayoutWord word, LayoutLine title)
    {
        if (unit is null)
            throw new DisclosureFormatException("the table states no unit (单位：元 / 单位：万元)", source.FileName, label, title.Line, title.Text);
        if (!AmountText.TryParse(word.Text, out var value))
            throw new MalformedNumberException($"\"{word.Text}\" is not a number", source.FileName, label, row.Line, row.Raw);
        try
        {
            return UnitCaption.ToUnits(value, unit.Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new MalformedNumberException($"amount {word.Text} has more precision than 1/10,000 元", source.FileName, label, row.Line, row.Raw);
        }
    }

    /// <summary>
    /// The publisher a caption line names: "部门名称  北京市退役军人事务局" as a label cell and a value cell alone on their
    /// line, or a word 编制单位：…, 部门名称：… (its unit run into it or not); null when the line names none.
    /// </summary>
    internal static string? PublisherOf(LayoutLine line) =>
        LinePublisher(line) ?? line.Words.Select(w => PublisherCaptionOf(w.Text)?.Name).FirstOrDefault(n => n is not null);

    private static string? LinePublisher(LayoutLine line) =>
        line.Words.Count == 2 && line.Words[0].Text is "部门名称" or "单位名称" && !line.Words[1].Text.EndsWith('元') ? line.Words[1].Text : null;

    /// <summary>
    /// A publisher's caption word: 编制部门：…, 编制单位：…, or "部门名称：杭州市交通运输局单位：万元" (the two captions run
    /// together in a text export), with that unit. "单位：万元" alone names no publisher.
    /// </summary>
    private static (string Name, TableUnit? Unit)? PublisherCaptionOf(string word)
    {
        if (PublisherAndUnit().Match(word) is { Success: true } both)
            return (both.Groups["name"].Value.Trim(), UnitCaption.Parse(both.Groups["unit"].Value));
        if (PublisherCaption().Match(word) is { Success: true } named && !named.Groups["name"].Value.EndsWith('元'))
            return (named.Groups["name"].Value.Trim(), null);
        return null;
    }

    [GeneratedRegex(@"[（(](?<unit>万元|元)[)）]")]
    private static partial Regex HeaderUnit();

    [GeneratedRegex(@"^\d{1,2}[.．、]\D")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^[（(]\d{4}年度[)）]$")]
    private static partial Regex YearCaption();

    [GeneratedRegex(@"^(?:栏次|\*+|[类款项])$")]
    private static partial Regex ColumnNumberingLabel();

    /// <summary>The publisher's caption above a table: 编制部门：…, 编制单位：…, 单位名称：…, 部门：… (单位：万元 is the unit).</summary>
    [GeneratedRegex(@"^(?:编制部门|编制单位|单位名称|部门名称|预算单位|部门|单位)[：:](?<name>.+)$")]
    private static partial Regex PublisherCaption();

    [GeneratedRegex(@"^(?:编制部门|编制单位|单位名称|部门名称|预算单位)[：:](?<name>.+?)(?<unit>(?:金额)?单位[：:](?:万元|元))$")]
    private static partial Regex PublisherAndUnit();
}
