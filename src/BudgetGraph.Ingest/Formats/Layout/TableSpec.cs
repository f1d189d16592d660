using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// A table a layout family expects: its number in the family's list, its title without year or scope prefix, and for
/// classified tables (rows of 类/款/项 codes) the names of its amount columns, left to right, and whether the first
/// column is the sum of the others (合计 = 基本支出 + 项目支出). A two-sided table prints one column per side
/// (人员经费 rows left, 公用经费 rows right).
/// </summary>
public sealed record TableSpec(string Number, string Title, IReadOnlyList<string>? Columns = null, bool FirstColumnIsSum = true, bool TwoSided = false)
{
    private readonly IReadOnlyList<ColumnSum>? _sums;

    public bool IsClassified => Columns is not null;

    /// <summary>
    /// A form (Henan's 11 整体绩效目标表: 年度履职目标 …, 预算情况 …): no column header, every row under the title a data
    /// row, as its citations number them.
    /// </summary>
    public bool IsForm { get; init; }

    /// <summary>Other titles the same table is printed under (another year's template: "…（按支出功能分类科目-不含上年结转）").</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>The title and its synonyms.</summary>
    public IEnumerable<string> Titles => Synonyms.Prepend(Title);

    /// <summary>
    /// The table prints no 合计: its first row is the publishing unit's (预算单位 column, no code), named as the caption's
    /// 部门名称, and that row is the table's total (Shenzhen).
    /// </summary>
    public bool UnitRowIsTotal { get; init; }

    /// <summary>
    /// The first digit of the code that classifies a row printing several code-name cells ("2050803-培训支出
    /// 50203-培训费 30216-培训费", Beijing): "2" keeps the functional cell, "3" the department economic one; the other
    /// cells are dropped. Null where codes print in their own column.
    /// </summary>
    public char? DashedCodeKey { get; init; }

    /// <summary>
    /// The first digit of a second code column printed after the row's name, with a name of its own ("30101 基本工资
    /// 50101 工资奖金津补贴 …", Xi'an and Henan: '5', the government economic code; Henan's summary table splits it
    /// "509 05 离退休费"): the row is classified by its first code, the second is taken out of its words
    /// (<see cref="ClassifiedRow.SecondCode"/>). Null where rows print one code.
    /// </summary>
    public char? SecondCode { get; init; }

    /// <summary>
    /// The second code is the row's government economic code, paired with its department economic code (the crosswalk
    /// the document prints): its lines carry both. False where the profile drops it.
    /// </summary>
    public bool KeepSecondCode { get; init; }

    /// <summary>
    /// The scheme of a table that prints names without codes, indented by level (Hangzhou): its codes come from the
    /// reference lists, by name under the parent (<see cref="NameCodes"/>). Null where the table prints codes.
    /// </summary>
    public BudgetGraph.Data.Values.ClassificationScheme? CodesFromNames { get; init; }

    /// <summary>
    /// The identities every row's amounts keep: by default 合计 (the first column) = every other column, when
    /// <see cref="FirstColumnIsSum"/>; set where columns nest (合计 = 小计 + 项目支出, 小计 = 人员经费 + 公用经费). Rows
    /// are checked against them, and a row's amounts that could sit in several columns are placed so they hold.
    /// </summary>
    public IReadOnlyList<ColumnSum> Sums
    {
        get => _sums ?? (FirstColumnIsSum && Columns is { Count: > 1 } columns ? [new ColumnSum(0, [.. Enumerable.Range(1, columns.Count - 1)])] : []);
        init => _sums = value;
    }
}
