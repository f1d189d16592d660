namespace BudgetGraph.DisclosureGenerator.Model;

/// <summary>The two kinds of project spending as the tables print them.</summary>
public static class ProjectKinds
{
    public const string Operating = "其他运转类";

    public const string Targeted = "特定目标类";
}
