using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// What distinguishes one layout family from another: its name, the scope of the department it describes, the prefixes
/// of its table titles (部门, 预算单位|单位, none), the words naming the document (部门预算, 单位预算, 部门决算), its
/// tables and which of them feed which view.
/// </summary>
public sealed record LayoutFamilyKind(string FamilyName, Scope Scope, string TitlePrefixes, string ScopeWord, IReadOnlyList<TableSpec> Tables, LayoutViews Views)
{
    /// <summary>
    /// A line the profile's documents print and others do not (the 公开 01 表 markers of Jiangsu's template, whose table
    /// titles carry no prefix of their own); null when the titles alone tell the profile apart.
    /// </summary>
    public System.Text.RegularExpressions.Regex? Marker { get; init; }

    /// <summary>
    /// The words after the year in the document's heading, as a pattern, where they differ from <see cref="ScopeWord"/>
    /// ("西安市医疗保障局 2022 年部门综合预算": 部门(?:综合)?预算); null for the scope word itself.
    /// </summary>
    public string? HeadingWord { get; init; }

    /// <summary>The profile's documents publish their narrative (情况说明) as a file of its own (Beijing's 附件1).</summary>
    public bool NarrativeIsAnotherFile { get; init; }

    /// <summary>
    /// The profile's documents are grid exports (tab-separated, empty cells kept: Henan's): recognised only as such, and a
    /// cell that looks like a number but is none (12..5) makes its table unreadable rather than a label.
    /// </summary>
    public bool GridExport { get; init; }

    /// <summary>
    /// The document lists its department and units by code in the income table's rows (Henan's 02: 028, 028001;
    /// <see cref="LayoutUnits"/>): departments are identified by those codes, every classified table's rows belong to
    /// the unit row above them, and without that table the department cannot be established.
    /// </summary>
    public bool UnitsFromIncome { get; init; }

    /// <summary>
    /// Tables are labelled by the profile's titles ("03 部门支出总体情况表"), not as printed ("03 2026年部门支出总体情况表"):
    /// Henan's citations name them so.
    /// </summary>
    public bool LabelByProfileTitle { get; init; }

    /// <summary>The profile's own form tables (projects, targets); null where the shared performance-form reader reads them.</summary>
    public ILayoutForms? Forms { get; init; }

    public IEnumerable<string> Prefixes => TitlePrefixes.Split('|');
}
