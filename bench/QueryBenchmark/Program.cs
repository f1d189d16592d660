using System.Globalization;
using BudgetGraph.DisclosureGenerator;
using BudgetGraph.QueryBenchmark;
using Microsoft.Data.Sqlite;

if (BenchmarkOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine("usage: QueryBenchmark (<scale.db> [<small.db>] | <cache folder>) [--department N] [--base-year 2025] [--year 2026] [--iterations 300]");
    return 2;
}

var department = SyntheticCorpus.Department(options.Department, shanghaiEvery: 0).Id;
var compare = $$$"""{ compare(baseYear: {{{options.BaseYear}}}, year: {{{options.Year}}}, by: FUNCTIONAL, level: 2, where: {department: {eq: "{{{department}}}"}}) { key label base current } }""";
var breakdown = $$$"""{ breakdown(year: {{{options.Year}}}, by: FUNCTIONAL, level: 3, where: {department: {eq: "{{{department}}}"}}) { key label amount share } }""";
string Ms(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

foreach (var database in new[] { options.ScaleDatabase, options.SmallDatabase }.OfType<string>())
{
    foreach (var change in await ModelIndexes.SyncAsync(database))
        Console.WriteLine($"indexes of {Path.GetFileName(database)}: {change}");
}

Console.WriteLine($"department {department}, compare {options.BaseYear} → {options.Year} by FUNCTIONAL level 2 (款), {options.Iterations} runs each after warm-up");
await using (var api = new InProcessApi(options.ScaleDatabase))
{
    var hand = new HandWrittenCompare(options.ScaleDatabase);
    var apiRows = ComparisonAnswer.FromJson(await api.ExecuteAsync(compare));
    var firstCompilations = api.Compilations.Count;
    var handRows = await hand.RunAsync(department, options.BaseYear, options.Year);
    if (apiRows.Count == 0 || !apiRows.SequenceEqual(handRows))
    {
        Console.Error.WriteLine($"answers differ (or are empty): API {apiRows.Count} rows, hand-written SQL {handRows.Count} rows");
        foreach (var row in apiRows.Concat(handRows))
            Console.Error.WriteLine("  " + row);
        return 1;
    }

    Console.WriteLine($"answers equal: {apiRows.Count} rows, e.g. {apiRows[0]}");
    for (var i = 0; i < 5; i++)
        await api.ExecuteAsync(compare);
    var compiled = api.Compilations.Count;
    await api.ExecuteAsync(compare);
    Console.WriteLine($"EF Core LINQ compilations: {firstCompilations} on the first compare request, {api.Compilations.Count - compiled} per request after warm-up (cached)");
    // Floors: the executer with no resolver work, and one trivial statement through the context pool.
    foreach (var floor in new[] { "{ __typename }", "{ years }" })
    {
        var time = await Timing.MeasureAsync(() => api.ExecuteAsync(floor), options.Iterations);
        Console.WriteLine($"floor {floor}: median {Ms(time.MedianMs)} ms");
    }

    var (apiTime, handTime) = await Timing.CompareAsync(() => api.ExecuteAsync(compare), () => hand.RunAsync(department, options.BaseYear, options.Year), options.Iterations);
    Console.WriteLine($"compare, GraphQL in process (parse, validate, resolve, serialize): median {Ms(apiTime.MedianMs)} ms, p90 {Ms(apiTime.P90Ms)} ms");
    Console.WriteLine($"compare, hand-written SQL via Microsoft.Data.Sqlite:               median {Ms(handTime.MedianMs)} ms, p90 {Ms(handTime.P90Ms)} ms");
    Console.WriteLine($"RATIO compare GraphQL / hand-written SQL = {apiTime.MedianMs / handTime.MedianMs:0.00} (target ≤ 2.00)");

    var wideReads = 0;
    foreach (var (name, query) in new[] { ("breakdown", breakdown), ("compare", compare) })
    {
        api.Sql.Enabled = true;
        await api.ExecuteAsync(query);
        api.Sql.Enabled = false;
        var statements = api.Sql.Take();
        var (plans, scans) = await QueryPlans.ExplainAsync(options.ScaleDatabase, statements);
        var raw = new RawStatements(options.ScaleDatabase, statements);
        var rawTime = await Timing.MeasureAsync(raw.RunAsync, options.Iterations);
        Console.WriteLine($"{name}: the API's {statements.Count} statement(s) run raw through Microsoft.Data.Sqlite: median {Ms(rawTime.MedianMs)} ms");
        wideReads += scans;
        Console.WriteLine($"EXPLAIN QUERY PLAN of the {statements.Count} SQL statement(s) the API sends for {name} of one department:");
        Console.Write(plans);
    }

    var (handPlan, _) = await QueryPlans.ExplainAsync(options.ScaleDatabase,
        [new SqlStatement(HandWrittenCompare.Sql, [("$department", department), ("$base", options.BaseYear), ("$year", options.Year)])]);
    Console.WriteLine("EXPLAIN QUERY PLAN of the hand-written statement:");
    Console.Write(handPlan);
    Console.WriteLine(wideReads == 0
        ? "no read of BudgetLines beyond the department's own lines in these plans"
        : $"WARNING: {wideReads} read(s) of BudgetLines that are not limited to the department");
}

if (options.SmallDatabase is { } small)
{
    await using var smallApi = new InProcessApi(small);
    await using var largeApi = new InProcessApi(options.ScaleDatabase);
    var (smallTime, largeTime) = await Timing.CompareAsync(() => smallApi.ExecuteAsync(breakdown), () => largeApi.ExecuteAsync(breakdown), options.Iterations);
    foreach (var (database, time) in new[] { (small, smallTime), (options.ScaleDatabase, largeTime) })
        Console.WriteLine($"breakdown of one department on {Path.GetFileName(database)} ({await Departments.CountAsync(database)} departments): median {Ms(time.MedianMs)} ms, p90 {Ms(time.P90Ms)} ms");
    Console.WriteLine($"RATIO breakdown large / small database = {largeTime.MedianMs / smallTime.MedianMs:0.00} (independent of other departments: ≈ 1)");
}

// Closing the pooled connections checkpoints the WAL, so no -wal file is left beside the cached databases.
SqliteConnection.ClearAllPools();
return 0;
