using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Budget lines of kind Income from table 02: each leaf unit row (028001; the department row 028 is their subtotal)
/// × funding-source column. Columns are found by their header words because the export misplaces the group captions:
/// "其中：财政拨款" is a subset of 一般公共预算 and the columns after 上年结转结余's 合计 split it, so neither is added.
/// </summary>
internal static class HenanIncomeLines
{
    public static IReadOnlyList<(int Column, FundingSource Source, string Name)> SourceColumns(TextTable table)
    {
        var headerRows = HenanDocument.HeaderRows(table);
        var columns = new List<(int, FundingSource, string)>();
        var totals = 0;
        for (var c = 2; c < table.Width; c++)
        {
            var cells = table.Rows.Take(headerRows).Select(r => r[c]).Where(x => x is not null).Select(x => HeaderText.Normalise(x!)).ToList();
            if (cells.Count == 0)
                continue;
            var leaf = cells[^1];
            if (leaf.StartsWith("其中", StringComparison.Ordinal) || leaf == "总计")
                continue;
            if (leaf == "合计")
            {
                totals++;
                if (totals == 2)
                    columns.Add((c, FundingSource.Carryover, "上年结转结余/合计"));
                continue;
            }

            if (totals >= 2)
                continue;
            var key = leaf == "小计" && cells.Count > 1 ? cells[^2] : leaf;
            if (Classify(key) is { } source)
                columns.Add((c, source, leaf == "小计" ? $"{key}/小计" : key));
        }

        return columns;
    }

    public static IReadOnlyList<BudgetLineRecord> Read(HenanDocument document, TextTable table, HenanDepartments departments)
    {
        var columns = SourceColumns(table);
        var codeRows = HenanDocument.DataRows(table).Where(r => r[0] is { } code && departments.ByCode(code) is not null).ToList();
        var leaves = codeRows.Where(r => !codeRows.Any(o => o != r && o[0]!.Length > r[0]!.Length && o[0]!.StartsWith(r[0]!, StringComparison.Ordinal)));
        var lines = new List<BudgetLineRecord>();
        foreach (var row in leaves)
        {
            var owner = departments.ByCode(row[0]!)!;
            foreach (var (column, source, name) in columns)
            {
                if (document.Units(table, row, column) is not { } amount)
                    continue;
                lines.Add(new BudgetLineRecord
                {
                    DepartmentId = owner.Id,
                    Kind = LineKind.Income,
                    FundingSource = source,
                    Amount = amount,
                    Source = HenanDocument.Cite(table, row, name),
                });
            }
        }

        return lines;
    }

    private static FundingSource? Classify(string header) => header switch
    {
        _ when header.Contains("一般公共预算", StringComparison.Ordinal) => FundingSource.GeneralPublicBudget,
        _ when header.Contains("政府性基金", StringComparison.Ordinal) => FundingSource.GovernmentFund,
        _ when header.Contains("国有资本经营", StringComparison.Ordinal) => FundingSource.StateCapital,
        _ when header.Contains("财政专户", StringComparison.Ordinal) => FundingSource.FiscalSpecialAccount,
        _ when header.Contains("事业单位经营", StringComparison.Ordinal) => FundingSource.OperatingIncome,
        _ when header.Contains("事业收入", StringComparison.Ordinal) => FundingSource.BusinessIncome,
        _ when header.Contains("上级补助", StringComparison.Ordinal) => FundingSource.SuperiorSubsidy,
        _ when header.Contains("附属单位上缴", StringComparison.Ordinal) => FundingSource.SubordinateRemittance,
        _ when header.Contains("其他收入", StringComparison.Ordinal) => FundingSource.OtherIncome,
        _ when header.Contains("上年结转", StringComparison.Ordinal) => FundingSource.Carryover,
        _ => null,
    };
}
