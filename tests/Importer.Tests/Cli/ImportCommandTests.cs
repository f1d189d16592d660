using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Cli;

/// <summary>
/// `import` run as a process on a real database (SQLite, or PostgreSQL in CI's second pass): the JSON report on stdout,
/// one progress line per document on the redirected output, and exit 0 when every file loaded, 1 when one failed.
/// </summary>
public sealed class ImportCommandTests
{
    [Fact]
    public async Task Import_Json_CreatedThenUnchanged()
    {
        await using var database = await TempDatabase.CreateAsync();

        var first = await CliRun.OnAsync(database, "import", "--format", "json", RepositoryPaths.ReferenceDisclosure);
        var second = await CliRun.OnAsync(database, "import", RepositoryPaths.ReferenceDisclosure, "--format=json");

        Assert.True(first.ExitCode == 0, first.ToString());
        var json = first.Json();
        Assert.Equal("import", json.GetProperty("command").GetString());
        Assert.Equal(0, json.GetProperty("exitCode").GetInt32());
        var file = Assert.Single(json.GetProperty("files").EnumerateArray());
        Assert.Equal(RepositoryPaths.ReferenceDisclosure, file.GetProperty("file").GetString());
        Assert.Equal("created", file.GetProperty("outcome").GetString());
        Assert.Equal("410702/DEPARTMENT/028/2026/BUDGET", file.GetProperty("documentId").GetString());
        Assert.Equal(12, file.GetProperty("tables").GetInt32());
        Assert.Equal(37, file.GetProperty("lines").GetInt32());
        var findings = file.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["INFO", "INFO", "WARNING"], findings.Select(f => f.GetProperty("severity").GetString()));
        Assert.Equal("37500", findings[2].GetProperty("difference").GetRawText());
        Assert.Equal([1, 22, 25], findings[2].GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("row").GetInt32()));
        var totals = json.GetProperty("totals");
        Assert.Equal((1, 1, 0, 0, 0, 37), (totals.GetProperty("files").GetInt32(), totals.GetProperty("created").GetInt32(),
            totals.GetProperty("replaced").GetInt32(), totals.GetProperty("unchanged").GetInt32(), totals.GetProperty("failed").GetInt32(),
            totals.GetProperty("lines").GetInt32()));
        // Progress is on stderr when stdout carries JSON: redirected, so one plain line per document.
        Assert.Equal($"[1/1] {RepositoryPaths.ReferenceDisclosure}: created 410702/DEPARTMENT/028/2026/BUDGET, 37 lines, 3 findings", first.Stderr.TrimEnd());

        Assert.True(second.ExitCode == 0, second.ToString());
        var again = Assert.Single(second.Json().GetProperty("files").EnumerateArray());
        Assert.Equal("unchanged", again.GetProperty("outcome").GetString());
        Assert.Equal(3, again.GetProperty("findings").GetArrayLength());
        Assert.Equal(1, second.Json().GetProperty("totals").GetProperty("unchanged").GetInt32());
        await using var db = database.Open();
        Assert.Equal(1, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task Import_OneFileFails_ExitsOne_TheOthersLoad_AndJsonLocatesTheError()
    {
        await using var database = await TempDatabase.CreateAsync();

        var run = await CliRun.OnAsync(database, "import", "--format", "json", RepositoryPaths.TestData("henan-bad-number.txt"), RepositoryPaths.ReferenceDisclosure);

        Assert.True(run.ExitCode == 1, run.ToString());
        var files = run.Json().GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["failed", "created"], files.Select(f => f.GetProperty("outcome").GetString()));
        var error = files[0].GetProperty("error");
        Assert.Equal("henan-bad-number.txt", error.GetProperty("file").GetString());
        Assert.Equal("03 部门支出总体情况表", error.GetProperty("table").GetString());
        Assert.Equal(55, error.GetProperty("line").GetInt32());
        Assert.Equal(1, run.Json().GetProperty("totals").GetProperty("failed").GetInt32());
        await using var db = database.Open();
        Assert.Equal(["410702/DEPARTMENT/028/2026/BUDGET"], await db.Documents.Select(d => d.Id).ToListAsync());
    }

    [Fact]
    public async Task Import_Table_PrintsAProgressLinePerDocument_ThenTheSummary()
    {
        await using var database = await TempDatabase.CreateAsync();

        var run = await CliRun.OnAsync(database, "import", RepositoryPaths.ReferenceDisclosure, RepositoryPaths.TestData("not-a-disclosure.txt"));

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Stdout.Split('\n');
        Assert.StartsWith($"[1/2] {RepositoryPaths.ReferenceDisclosure}: created ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"[2/2] {RepositoryPaths.TestData("not-a-disclosure.txt")}: failed (database unchanged): not-a-disclosure.txt: not a budget disclosure", lines[1], StringComparison.Ordinal);
        Assert.Contains("Import summary", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 (1 WARNING or ERROR)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("error: not-a-disclosure.txt: not a budget disclosure", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingPath_ExitsOne_AndImportsNothing()
    {
        await using var database = await TempDatabase.CreateAsync();
        var missing = Path.Combine(database.Folder, "no-such-folder");

        var run = await CliRun.OnAsync(database, "import", RepositoryPaths.ReferenceDisclosure, missing, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"error: {missing}: no such file or folder; nothing was imported", run.Stderr, StringComparison.Ordinal);
        var file = Assert.Single(run.Json().GetProperty("files").EnumerateArray());
        Assert.Equal("failed", file.GetProperty("outcome").GetString());
        await using var db = database.Open();
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [SkippableFact]
    public async Task Import_Interrupted_ExitsOneThirty_KeepsWholeDocuments_AndRerunCompletes()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGINT is sent with kill(1)");
        await using var database = await TempDatabase.CreateAsync();
        var folder = Path.Combine(database.Folder, "disclosures");
        await ReferenceCopies.WriteAsync(folder, 80);

        var interrupted = await CliRun.InterruptedAsync(database, async () =>
        {
            await using var db = database.Open();
            return await db.Documents.AnyAsync();
        }, "import", folder);

        Assert.True(interrupted.ExitCode == 130, interrupted.ToString());
        Assert.Contains("interrupted: every document written so far is complete", interrupted.Stderr, StringComparison.Ordinal);
        int survivors;
        await using (var db = database.Open())
        {
            survivors = await db.Documents.CountAsync();
            Assert.Equal(await db.Documents.CountAsync() * 37, await db.BudgetLines.CountAsync());
        }

        Assert.InRange(survivors, 1, 79);
        var rerun = await CliRun.OnAsync(database, "import", folder, "--format", "json");
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var totals = rerun.Json().GetProperty("totals");
        Assert.Equal((survivors, 80 - survivors), (totals.GetProperty("unchanged").GetInt32(), totals.GetProperty("created").GetInt32()));
    }
}
