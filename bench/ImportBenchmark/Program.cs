using System.Globalization;
using BudgetGraph.Bench;

// Import benchmark. Usage: ImportBenchmark [corpus-folder] [rounds] [sqlite|postgres]
// For each input kind (text exports, PDFs): one untimed warm-up round, then `rounds` timed folder imports into fresh
// databases. Then the raw baseline on the last text round's database: the same rows (of its first documents, see
// ImportRound.SampleDocuments) into the same schema through one prepared INSERT per table in one transaction (see
// RawInsertLoop), both for every fact table the importer writes and for the BudgetLines table alone. Lines starting with "import." are `key value` pairs for scripts (bench/run.sh).
var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "disclosures");
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var postgres = args.Length > 2 && args[2].Equals("postgres", StringComparison.OrdinalIgnoreCase);
if (!Directory.Exists(corpus) || rounds < 1)
{
    Console.Error.WriteLine($"corpus folder {Path.GetFullPath(corpus)} not found; usage: ImportBenchmark [corpus-folder] [rounds] [sqlite|postgres]");
    return 2;
}

var provider = postgres ? "postgres" : "sqlite";
Console.WriteLine($"import benchmark: {Path.GetFullPath(corpus)}, {rounds} rounds, {provider}, {Environment.ProcessorCount} cores");
ImportRound? lastText = null;
BenchDatabase? lastTextDatabase = null;
foreach (var kind in new[] { "txt", "pdf" })
{
    var files = Directory.EnumerateFiles(corpus, "*." + kind, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    if (files.Count == 0)
        continue;
    await using (var warmUp = new BenchDatabase(postgres))
        await ImportRound.RunAsync(warmUp, files);

    var total = new ImportRound(0, 0, 0, TimeSpan.Zero, TimeSpan.Zero, []);
    for (var round = 0; round < rounds; round++)
    {
        var database = new BenchDatabase(postgres);
        var result = await ImportRound.RunAsync(database, files);
        total = total with { Documents = total.Documents + result.Documents, Refused = total.Refused + result.Refused, Lines = total.Lines + result.Lines, Elapsed = total.Elapsed + result.Elapsed, Cpu = total.Cpu + result.Cpu };
        if (kind == "txt" && round == rounds - 1)
            (lastText, lastTextDatabase) = (result, database);
        else
            await database.DisposeAsync();
    }

    var seconds = total.Elapsed.TotalSeconds;
    var name = kind == "txt" ? "text" : "pdf";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {total.Documents / rounds} documents/round ({total.Refused / rounds} refused), {total.Lines / rounds} lines/round, {seconds:0.000} s, {total.Cpu.TotalSeconds:0.000} s CPU"));
    Print($"{name}.documents_per_s", total.Documents / seconds);
    Print($"{name}.lines_per_s", total.Lines / seconds);
    Print($"{name}.cpu_ms_per_document", total.Cpu.TotalMilliseconds / total.Documents);
}

if (lastText is not null && lastTextDatabase is not null)
{
    await using var database = lastTextDatabase;
    await using var db = database.Open();
    var importerRate = lastText.Lines / lastText.Elapsed.TotalSeconds;
    var rows = new FactRows(db.Model, lastText.Written);
    var lines = rows.Count("BudgetLines");
    var allTables = await RawInsertLoop.RunAsync(db, rows, linesOnly: false);
    var linesTable = await RawInsertLoop.RunAsync(db, rows, linesOnly: true);
    var allRows = rows.Tables.Sum(t => t.Rows.Count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"raw prepared-insert loop, one transaction: {lines} lines among {allRows} fact rows in {allTables.TotalMilliseconds:0.0} ms; the {lines} lines alone in {linesTable.TotalMilliseconds:0.0} ms"));
    Print("importer.lines_per_s", importerRate);
    Print("raw_all_fact_tables.lines_per_s", lines / allTables.TotalSeconds);
    Print("raw_lines_table.lines_per_s", lines / linesTable.TotalSeconds);
    // The headline ratio (target >= 0.25): the importer against the raw loop writing every row it writes.
    Print("ratio_vs_raw_all_fact_tables", importerRate / (lines / allTables.TotalSeconds));
    Print("ratio_vs_raw_lines_table", importerRate / (lines / linesTable.TotalSeconds));
}

return 0;

static void Print(string key, double value) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import.{key} {value:0.###}"));
