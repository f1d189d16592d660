namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// How a family prints its fiscal-appropriation overview (财政拨款收支预算总表 / 财政拨款收入支出决算总表): the labels of
/// its two side totals and of the year's income and spending, the overview rows that restate its income, and the
/// functional tables (一般公共预算, 政府性基金, 国有资本经营) whose totals make up its spending.
/// </summary>
public sealed record FiscalOverviewView
{
    public required string Table { get; init; }

    /// <summary>The income side's total; with its occurrence when both sides print the same label (总计).</summary>
    public required (string Label, int Occurrence) Income { get; init; }

    public required (string Label, int Occurrence) Expenditure { get; init; }

    /// <summary>The year's fiscal income without carry-overs (收入总计; 本年收入合计 in final accounts).</summary>
    public required string YearIncome { get; init; }

    /// <summary>The year's fiscal spending; the first amount after it is the 合计 column.</summary>
    public required string YearSpending { get; init; }

    /// <summary>
    /// The overview (table 01) rows that add up to <see cref="YearIncome"/>, as printed; empty where the profile compares
    /// the fiscal items one by one instead (<see cref="RestatedItems"/>).
    /// </summary>
    public required IReadOnlyList<string> OverviewRows { get; init; }

    /// <summary>
    /// Fiscal income items the overview restates one by one, each pair (this table's label, the overview's label) equal
    /// (Henan: （一）一般公共预算拨款 = 01's 一、一般公共预算); a blank amount is 0. Empty where only the sum is compared.
    /// </summary>
    public IReadOnlyList<(string Fiscal, string Overview)> RestatedItems { get; init; } = [];

    /// <summary>
    /// The functional tables whose totals make up <see cref="YearSpending"/>; empty where the profile's set lacks one of
    /// them (Henan prints no 国有资本经营预算 table), so that sum is not compared.
    /// </summary>
    public required IReadOnlyList<string> FunctionalTables { get; init; }
}
