namespace BudgetGraph.DisclosureGenerator.Synthesis;

/// <summary>Project names as county departments word them; the sector's name is put in front.</summary>
internal static class ProjectNames
{
    private static readonly string[] _names =
    [
        "专项工作经费", "信息化系统运维项目", "办公场所租赁项目", "业务培训经费", "购买服务项目", "档案数字化项目",
        "专项业务经费", "设备更新项目", "宣传工作经费", "政务服务保障经费",
    ];

    public static int Count => _names.Length;

    public static string Name(string sectionName, int index) => sectionName + _names[index];
}
