using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>A disclosed table: its citation label, the unit it states (YUAN, WAN_YUAN, YI_YUAN or null), its rows, and whether it says it has no data.</summary>
internal sealed record TableJson(string Label, string? Unit, int Rows, bool Empty)
{
    public static TableJson From(DisclosedTableRecord table) =>
        new(table.Label, table.Unit is { } unit ? CliJson.ConstantCase(unit) : null, table.Rows.Count, table.IsEmpty);
}
