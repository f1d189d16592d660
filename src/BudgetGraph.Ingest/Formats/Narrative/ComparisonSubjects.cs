namespace BudgetGraph.Ingest.Formats.Narrative;

/// <summary>
/// What a narrative comparison is about, recognised by the words before the change. Specific subjects are looked for
/// anywhere in the sentence; the bare words 收入/支出 only right before the change ("收入减少128.02万元").
/// </summary>
public static class ComparisonSubjects
{
    public const string TotalIncome = "TOTAL_INCOME";
    public const string TotalExpenditure = "TOTAL_EXPENDITURE";
    public const string GeneralPublicBudget = "GENERAL_PUBLIC_BUDGET";
    public const string GovernmentFund = "GOVERNMENT_FUND";
    public const string StateCapital = "STATE_CAPITAL";
    public const string OperatingCost = "OPERATING_COST";
    public const string ThreePublic = "THREE_PUBLIC";

    /// <summary>Keywords of specific subjects, longest first so 公务用车购置及运行费 wins over 公务用车购置费.</summary>
    public static IReadOnlyList<(string Keyword, string Subject)> Specific { get; } = new (string, string)[]
    {
        ("一般公共预算收支", GeneralPublicBudget),
        ("一般公共预算", GeneralPublicBudget),
        ("政府性基金收支", GovernmentFund),
        ("政府性基金", GovernmentFund),
        ("国有资本经营收支", StateCapital),
        ("国有资本经营", StateCapital),
        ("机构运转经费", OperatingCost),
        ("机关运行经费", OperatingCost),
        ("因公出国（境）费", ThreePublic + "_ABROAD"),
        ("公务接待费", ThreePublic + "_RECEPTION"),
        ("公务用车购置及运行费", ThreePublic + "_VEHICLES"),
        ("公务用车购置费", ThreePublic + "_VEHICLE_PURCHASE"),
        ("公务用车运行维护费", ThreePublic + "_VEHICLE_OPERATION"),
        ("公务用车运行费", ThreePublic + "_VEHICLE_OPERATION"),
        ("“三公”经费", ThreePublic),
        ("三公经费", ThreePublic),
    }.OrderByDescending(k => k.Item1.Length).ToList();

    public static IReadOnlyList<(string Keyword, string Subject)> Generic { get; } =
    [
        ("收入", TotalIncome),
        ("支出", TotalExpenditure),
    ];

    /// <summary>The subject named in the words right before a change, if any.</summary>
    public static (string Keyword, string Subject)? InSubjectWords(string words) =>
        Specific.Concat(Generic).Where(k => words.Contains(k.Keyword, StringComparison.Ordinal))
            .Select(k => ((string, string)?)k).FirstOrDefault();

    /// <summary>The specific subject mentioned first in a text (the paragraph's topic).</summary>
    public static (string Keyword, string Subject)? FirstIn(string text) =>
        Specific.Select(k => (k, At: text.IndexOf(k.Keyword, StringComparison.Ordinal)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At).ThenByDescending(x => x.k.Keyword.Length)
            .Select(x => ((string, string)?)x.k).FirstOrDefault();
}
