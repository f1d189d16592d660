namespace BudgetGraph.Data.Values;

/// <summary>基本支出 (basic, split into personnel and public where the document does) or 项目支出 (project).</summary>
public enum ExpenditureType
{
    /// <summary>基本支出 where the document does not split personnel from public spending.</summary>
    Basic,

    /// <summary>人员经费: 工资福利支出 + 对个人和家庭的补助.</summary>
    BasicPersonnel,

    /// <summary>公用经费: 商品和服务支出 + 资本性支出.</summary>
    BasicPublic,

    /// <summary>项目支出.</summary>
    Project,
}
