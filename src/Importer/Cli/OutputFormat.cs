namespace BudgetGraph.Importer.Cli;

/// <summary>`--format`: tables for people (the default) or one JSON document on stdout for scripts.</summary>
internal enum OutputFormat
{
    Table,
    Json,
}
