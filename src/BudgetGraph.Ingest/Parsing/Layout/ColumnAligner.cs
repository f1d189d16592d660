namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// Places a row's amounts in the table's amount columns when some cells are empty. Right-aligned columns keep a fixed
/// distance from the first amount column on a page, so a row with every column filled on the same page (else anywhere in
/// the table) is the ruler; else the column headers' centres place them (text exports count a CJK character as one
/// column where it prints two: <see cref="HeaderCentres"/> widens them). Without positions (tabbed text), a ruler or
/// headers, amounts fill the columns left to right, and the table's reconciliation shows it if that was wrong.
/// </summary>
public sealed class ColumnAligner
{
    private readonly int _columns;
    private readonly IReadOnlyList<ColumnSum> _sums;
    private readonly Dictionary<int, double[]> _rulerByPage = [];
    private readonly double[]? _tableRuler;
    private readonly Dictionary<int, double[]> _headerByPage = [];
    private readonly double[]? _firstHeader;
    private readonly LayoutSourceKind _kind;
    private readonly int? _gridFirst;

    /// <param name="headerCentresByPage">Column header centres of each page that prints the header (a table continued
    /// onto another page repeats it, often shifted); a page without one uses the first page's.</param>
    /// <param name="sums">The identities every row keeps (合计 = 基本支出 + 项目支出): among the ways a row's amounts can sit in
    /// the columns, only those that keep them are taken, the positional one first.</param>
    /// <param name="gridFirst">In a grid export, the cell of the first amount column where the header shows it; else the
    /// leftmost cell holding an amount (<see cref="GridFirst"/>).</param>
    public ColumnAligner(LayoutDocument document, IReadOnlyList<LayoutRow> rows, int columns, IReadOnlyDictionary<int, double[]>? headerCentresByPage = null,
        IReadOnlyList<ColumnSum>? sums = null, int? gridFirst = null)
    {
        _columns = columns;
        _sums = sums ?? [];
        _kind = document.Kind;
        if (!document.HasPositions)
            return;
        if (_kind == LayoutSourceKind.TabbedCells)
        {
            _gridFirst = gridFirst ?? GridFirst(rows);
            return;
        }

        foreach (var row in rows.Where(r => r.Amounts.Count == columns))
            _rulerByPage.TryAdd(row.Page, Offsets(row.Amounts));
        _tableRuler = _rulerByPage.Values.FirstOrDefault();
        _headerByPage = (headerCentresByPage ?? new Dictionary<int, double[]>()).Where(h => h.Value.Length == columns).ToDictionary();
        _firstHeader = _headerByPage.OrderBy(h => h.Key).Select(h => h.Value).FirstOrDefault();
    }

    /// <summary>The row's amounts by column (null = empty cell); throws when the row has more amounts than columns.</summary>
    public LayoutWord?[] Place(LayoutRow row, string fileName, string tableLabel)
    {
        var amounts = row.Amounts;
        if (amounts.Count > _columns)
            throw new MalformedRowException($"the row has {amounts.Count} amounts, the table has {_columns} amount columns", fileName, tableLabel, row.Line, row.Raw);
        var placed = new LayoutWord?[_columns];
        if (_gridFirst is { } first && amounts.Count > 0)
            return InGrid(row, first, fileName, tableLabel);
        if (amounts.Count == _columns || amounts.Count == 0)
        {
            for (var i = 0; i < amounts.Count; i++)
                placed[i] = amounts[i];
            return placed;
        }

        var columns = (_rulerByPage.GetValueOrDefault(row.Page) ?? _tableRuler) is { } ruler
            ? Nearest(Offsets(amounts), ruler)
            : (_headerByPage.GetValueOrDefault(row.Page) ?? _firstHeader) is { } centres
                ? Nearest(amounts.Select(a => (a.Left + a.Right) / 2).ToArray(), centres)
                : Enumerable.Range(0, amounts.Count).ToArray();
        columns = KeepingSums(amounts, columns);
        for (var i = 0; i < amounts.Count; i++)
            placed[columns[i]] = amounts[i];
        return placed;
    }

    /// <summary>
    /// In a grid export (<see cref="LayoutSourceKind.TabbedCells"/>) the amount columns are adjacent cells, the first of
    /// them the leftmost cell holding an amount in any row of the table; null when no row holds one.
    /// </summary>
    public static int? GridFirst(IEnumerable<LayoutRow> rows) =>
        rows.Where(r => r.Amounts.Count > 0).Select(r => (int?)Cell(r.Amounts[0])).Min();

    /// <summary>A grid row's amounts in the columns their cells are: exact, never moved to make a sum hold.</summary>
    private LayoutWord?[] InGrid(LayoutRow row, int first, string fileName, string tableLabel)
    {
        var placed = new LayoutWord?[_columns];
        foreach (var amount in row.Amounts)
        {
            var column = Cell(amount) - first;
            if (column < 0 || column >= _columns || placed[column] is not null)
                throw new MalformedRowException($"the amount {amount.Text} is in cell {Cell(amount) + 1}, outside the table's {_columns} amount columns (cells {first + 1}–{first + _columns})", fileName, tableLabel, row.Line, row.Raw);
            placed[column] = amount;
        }

        return placed;
    }

    /// <summary>The cell a grid export's word is in.</summary>
    public static int Cell(LayoutWord word) => (int)Math.Floor(word.Left);

    /// <summary>
    /// Whether rows of the page are placed without columns of their own: text without positions, or an aligned-text page
    /// that prints neither the header nor a full row (`pdftotext -layout` may set such a page's columns elsewhere than
    /// the page it borrows them from). A PDF's positions hold across its pages.
    /// </summary>
    public bool Borrows(int page) =>
        _kind == LayoutSourceKind.TabbedText || (_kind == LayoutSourceKind.AlignedText && !_rulerByPage.ContainsKey(page) && !_headerByPage.ContainsKey(page));

    /// <summary>
    /// The other ways the row's amounts can sit in the columns, keeping their order and the row's identities
    /// (<see cref="ColumnSum"/>), the placement <see cref="Place"/> gave excluded; empty when the row fills every column.
    /// </summary>
    public IEnumerable<LayoutWord?[]> Alternatives(LayoutRow row, LayoutWord?[] placed)
    {
        var amounts = row.Amounts;
        if (amounts.Count == 0 || amounts.Count >= _columns || !AmountsOf(amounts, out var values))
            yield break;
        var decimals = amounts.Max(a => AmountText.Decimals(a.Text));
        foreach (var placement in Placements(amounts.Count, _columns).Where(p => Holds(p, values, decimals)))
        {
            var cells = new LayoutWord?[_columns];
            for (var i = 0; i < amounts.Count; i++)
                cells[placement[i]] = amounts[i];
            if (!cells.SequenceEqual(placed))
                yield return cells;
        }
    }

    /// <summary>
    /// The positional placement when it keeps the row's identities; else the placement that does and moves the fewest
    /// amounts from where their positions put them (a continued page without its own ruler or header prints its columns
    /// elsewhere). Where none does, the positions stand and the row's own check reports the disagreement.
    /// </summary>
    private int[] KeepingSums(IReadOnlyList<LayoutWord> amounts, int[] positional)
    {
        if (_sums.Count == 0 || !AmountsOf(amounts, out var values))
            return positional;
        var decimals = amounts.Max(a => AmountText.Decimals(a.Text));
        if (Holds(positional, values, decimals))
            return positional;
        return Placements(amounts.Count, _columns)
            .Where(p => Holds(p, values, decimals))
            .OrderBy(p => p.Select((c, i) => Math.Abs(c - positional[i])).Sum())
            .FirstOrDefault() ?? positional;
    }

    private bool Holds(int[] placement, decimal[] values, int decimals)
    {
        var cells = new decimal[_columns];
        for (var i = 0; i < placement.Length; i++)
            cells[placement[i]] = values[i];
        var halfUnit = 0.5m / (decimal)Math.Pow(10, decimals);
        return _sums.All(s => Math.Abs(cells[s.Total] - s.Parts.Sum(p => cells[p])) <= halfUnit * (s.Parts.Count + 1));
    }

    private static bool AmountsOf(IReadOnlyList<LayoutWord> amounts, out decimal[] values)
    {
        values = new decimal[amounts.Count];
        for (var i = 0; i < amounts.Count; i++)
        {
            if (!AmountText.TryParse(amounts[i].Text, out values[i]))
                return false;
        }

        return true;
    }

    /// <summary>Every way to put <paramref name="count"/> amounts into <paramref name="columns"/> columns keeping their order.</summary>
    private static IEnumerable<int[]> Placements(int count, int columns)
    {
        var current = new int[count];
        return Next(0, 0);

        IEnumerable<int[]> Next(int index, int from)
        {
            if (index == count)
            {
                yield return (int[])current.Clone();
                yield break;
            }

            for (var c = from; c <= columns - (count - index); c++)
            {
                current[index] = c;
                foreach (var placement in Next(index + 1, c + 1))
                    yield return placement;
            }
        }
    }

    private static double[] Offsets(IReadOnlyList<LayoutWord> amounts) => amounts.Select(a => a.Right - amounts[0].Right).ToArray();

    /// <summary>Each value to the nearest reference column, keeping their order (no two values in one column).</summary>
    public static int[] Nearest(double[] values, double[] reference)
    {
        var result = new int[values.Length];
        var next = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var last = reference.Length - (values.Length - i);
            var best = next;
            for (var c = next; c <= last; c++)
            {
                if (Math.Abs(values[i] - reference[c]) < Math.Abs(values[i] - reference[best]))
                    best = c;
            }

            result[i] = best;
            next = best + 1;
        }

        return result;
    }

    /// <summary>
    /// The centre of each amount column's header: the leftmost header word right of the previous column's that starts
    /// the column's name (headers wrap: 本年收入合 / 计; parentheses full- or half-width). Null unless every column is found.
    /// In a `pdftotext -layout` export a word starts at its printed column but a CJK character advances one column where
    /// it prints two, so with <paramref name="wideCharactersTakeTwoColumns"/> a header's centre is its start plus its
    /// printed half-width, comparable with the centres of the (narrow) amounts below it.
    /// </summary>
    public static double[]? HeaderCentres(IEnumerable<LayoutWord> header, IReadOnlyList<string> columns, bool wideCharactersTakeTwoColumns = false)
    {
        var words = header.ToList();
        var centres = new double[columns.Count];
        var left = double.MinValue;
        for (var c = 0; c < columns.Count; c++)
        {
            var name = Fold(columns[c]);
            var word = words.Where(w => w.Left > left && w.Text.Length >= 2 && name.StartsWith(Fold(w.Text), StringComparison.Ordinal)).MinBy(w => w.Left);
            if (word is null)
                return null;
            centres[c] = wideCharactersTakeTwoColumns ? word.Left + (word.Text.Sum(ch => ch > '\u2E7F' ? 2 : 1) / 2.0) : (word.Left + word.Right) / 2;
            left = word.Left;
        }

        return centres;
    }

    private static string Fold(string text) => text.Replace('（', '(').Replace('）', ')');
}
