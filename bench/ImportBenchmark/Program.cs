using System.Diagnostics;
using System.Globalization;
using BudgetGraph.Data;
using BudgetGraph.Importer.Loading;
using BudgetGraph.Importer.Parsing;
using Microsoft.EntityFrameworkCore;

// Imports every text export and every PDF of the corpus into a fresh temporary SQLite database, `rounds` times, and
// prints documents/s and lines/s per input kind. Files the importer refuses by design (Hebei fragment, the scrambled
// final-accounts text) are counted as refused, not timed as imports.
var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "disclosures");
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"corpus folder {Path.GetFullPath(corpus)} not found; usage: ImportBenchmark [corpus-folder] [rounds]");
    return 2;
}

var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
    .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
foreach (var kind in new[] { ".txt", ".pdf" })
{
    var documents = 0;
    var lines = 0;
    var refused = 0;
    var clock = new Stopwatch();
    for (var round = 0; round < rounds; round++)
    {
        var folder = Directory.CreateTempSubdirectory("budgetgraph-bench-").FullName;
        try
        {
            await using var db = new BudgetDbContext(new DbContextOptionsBuilder<BudgetDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "bench.db")};Pooling=False").Options);
            await BudgetSchema.EnsureAsync(db);
            var importer = new DisclosureImporter(db);
            foreach (var file in files.Where(f => f.EndsWith(kind, StringComparison.Ordinal)))
            {
                clock.Start();
                try
                {
                    var result = await importer.ImportFileAsync(file);
                    documents++;
                    lines += result.Lines;
                }
                catch (DisclosureFormatException)
                {
                    refused++;
                }
                finally
                {
                    clock.Stop();
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{kind[1..],-4} {documents / rounds,3} documents/round ({refused / rounds} refused), {rounds} rounds, {seconds:0.00} s: {documents / seconds:0.0} documents/s, {lines / seconds:0} lines/s"));
}

return 0;
