using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>Chinese names of funding sources, as the income tables print them.</summary>
public static class FundingSourceLabels
{
    public static string Of(FundingSource source) => source switch
    {
        FundingSource.GeneralPublicBudget => "一般公共预算",
        FundingSource.GovernmentFund => "政府性基金预算",
        FundingSource.StateCapital => "国有资本经营预算",
        FundingSource.FiscalSpecialAccount => "财政专户管理资金",
        FundingSource.FiscalAppropriation => "财政拨款",
        FundingSource.BusinessIncome => "事业收入",
        FundingSource.OperatingIncome => "事业单位经营收入",
        FundingSource.SuperiorSubsidy => "上级补助收入",
        FundingSource.SubordinateRemittance => "附属单位上缴收入",
        FundingSource.OtherIncome => "其他收入",
        FundingSource.Carryover => "上年结转结余",
        _ => source.ToString(),
    };
}
