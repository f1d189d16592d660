using BudgetGraph.Data.Entities;

namespace BudgetGraph.Importer.Formats.Shanghai;

/// <summary>What distinguishes the two Shanghai budget families: the scope and the title prefix of their tables.</summary>
internal sealed record ShanghaiBudgetKind(string FamilyName, Scope Scope, string TitlePrefixes, string ScopeWord)
{
    public static ShanghaiBudgetKind Department { get; } = new("shanghai-dept-budget", Scope.Department, "部门", "部门预算");

    /// <summary>Unit budgets title their tables 预算单位… except the 三公 table (单位“三公”…).</summary>
    public static ShanghaiBudgetKind Unit { get; } = new("shanghai-unit-budget", Scope.Unit, "预算单位|单位", "单位预算");
}
