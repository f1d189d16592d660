namespace BudgetGraph.Data.Values;

/// <summary>
/// The natural ids of departments and documents: readers make them from what a document prints, so a re-import finds
/// the rows it replaces, and they stay stable across databases (snapshots and citations use them).
/// </summary>
public static class NaturalKeys
{
    /// <summary>A department or unit, e.g. "410702/DEPARTMENT/028".</summary>
    public static string Department(string regionCode, Scope scope, string codeOrName) =>
        $"{regionCode}/{(scope == Scope.Department ? "DEPARTMENT" : "UNIT")}/{codeOrName}";

    /// <summary>A department's document of a year and stage, e.g. "410702/DEPARTMENT/028/2026/BUDGET".</summary>
    public static string Document(string departmentId, int year, BudgetStage stage) =>
        $"{departmentId}/{year}/{(stage == BudgetStage.Budget ? "BUDGET" : "FINAL_ACCOUNTS")}";
}
