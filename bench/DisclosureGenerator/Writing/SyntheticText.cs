namespace BudgetGraph.DisclosureGenerator.Writing;

/// <summary>The statements that mark every generated document as synthetic, in its title and first paragraph.</summary>
public static class SyntheticText
{
    public const string Title = "合成数据";

    public const string Notice = "说明：本文件为 BudgetGraph 基准测试生成的合成数据（synthetic data），部门、项目和金额均为虚构，不是任何政府部门公开的预算。";
}
