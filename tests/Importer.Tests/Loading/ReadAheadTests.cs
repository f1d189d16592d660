using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Loading;

/// <summary>Files parsed ahead on other cores still reach the writer one by one, in the order given.</summary>
public class ReadAheadTests
{
    [Fact]
    public async Task Read_ManyFilesAndABadOne_InOrderWithTheErrorKept()
    {
        await using var database = await TempDatabase.CreateAsync();
        var files = (await ReferenceCopies.WriteAsync(Path.Combine(database.Folder, "in"), 12)).ToList();
        files.Insert(5, RepositoryPaths.TestData("henan-bad-number.txt"));

        var attempts = new List<ReadAttempt>();
        await foreach (var attempt in ReadAhead.ReadAsync(files, capacity: 3))
            attempts.Add(attempt);

        Assert.Equal(files.Select(Path.GetFileName), attempts.Select(a => a.FileName));
        Assert.IsType<MalformedNumberException>(attempts[5].Error);
        Assert.Empty(attempts[5].Reads);
        Assert.All(attempts.Where((_, i) => i != 5), a => Assert.Equal(a.Sha256, Assert.Single(a.Reads).Sha256));
        Assert.Equal(12, attempts.SelectMany(a => a.Reads).Select(r => r.Content.DocumentId).Distinct().Count());
    }
}
