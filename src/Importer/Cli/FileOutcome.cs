using BudgetGraph.Importer.Loading;
using BudgetGraph.Importer.Parsing;

namespace BudgetGraph.Importer.Cli;

/// <summary>What happened to one file of an import run: a result, or the located error that stopped it.</summary>
internal sealed record FileOutcome(ImportResult? Result, DisclosureFormatException? Error);
