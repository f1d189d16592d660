using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Common;

/// <summary>The words of the national table set's rows, the same in every profile read so far.</summary>
public static class NationalTableWords
{
    public static TableWords All { get; } = new(
        TotalLabels: ["合计", "总计"],
        CodeHeaders: ["类", "款", "项"],
        NotePrefixes: ["注", "说明"],
        UnitLabels: ["单位"],
        AmountHeaders: ["决算数"]);
}
