using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Hebei;

/// <summary>The Hebei fragment's 本年支出合计 and the 类 lines of its expenditure side, as read.</summary>
public sealed record HebeiReconciliationInput(string Table, AmountRef Spending, IReadOnlyList<BudgetLineRecord> Lines, TableUnit Unit) : ReconciliationInput;
