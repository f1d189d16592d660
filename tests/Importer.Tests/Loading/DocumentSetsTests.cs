using System.Text;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Upgrade;
using Importer.Tests.Cli;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Loading;

/// <summary>
/// One file holding a department's summary (汇总) and then its own office's (本级) set of the same tables, each a
/// document (DOMAIN.md, "Any city"). The corpus has no such file, so the fixture is built here from a real one: Xi'an's
/// 西安市信访局（汇总） text export followed by the same export with its publisher printed as 西安市信访局（本级） — a
/// department with one unit publishes the same figures twice. Each set must read exactly as the file alone does, the
/// second with its lines, pages and narrative of its own.
/// </summary>
public sealed class DocumentSetsTests
{
    private const string Summary = "610100/DEPARTMENT/西安市信访局/2026/BUDGET";
    private const string OwnOffice = "610100/UNIT/西安市信访局（本级）/2026/BUDGET";

    [SkippableFact]
    public async Task ReadAll_SummaryThenOwnOffice_TwoDocuments_EachAsTheFileAloneAsync()
    {
        Corpus.Require();
        var (alone, combined, offset) = await FixtureAsync();

        var single = Assert.Single(DisclosureReader.ReadAll("xian.txt", alone)).Content;
        var reads = DisclosureReader.ReadAll("xian-two-sets.txt", combined);

        Assert.Equal([Summary, OwnOffice], reads.Select(r => r.Content.DocumentId));
        var (summary, office) = (reads[0].Content, reads[1].Content);
        Assert.Equal(Summary, single.DocumentId);

        // The summary is the file alone: same lines at the same rows and lines, same findings, same narrative.
        Assert.Equal(single.Lines.Select(l => Key(l, 0)), summary.Lines.Select(l => Key(l, 0)));
        Assert.Equal(Money.FromYuan(28384234.71m), summary.Total);
        Assert.Equal(single.Findings.Select(f => (f.Code, f.Severity)), summary.Findings.Select(f => (f.Code, f.Severity)));
        Assert.Equal(single.Comparisons.Select(c => (c.Subject, c.Change, c.Line)), summary.Comparisons.Select(c => (c.Subject, c.Change, c.Line)));
        Assert.Equal(single.Facts.Select(f => (f.Name, f.Amount, f.Line)), summary.Facts.Select(f => (f.Name, f.Amount, f.Line)));

        // The own office: a unit under the department, in its region, its figures those of its set, cited at its lines.
        var unit = office.Departments.Single(d => d.Scope == Scope.Unit);
        Assert.Equal(("西安市信访局（本级）", "610100", "610100/DEPARTMENT/西安市信访局"), (unit.Name, unit.RegionCode, unit.ParentId));
        Assert.Contains(office.Departments, d => d.Id == unit.ParentId && d.Scope == Scope.Department);
        Assert.Equal(Money.FromYuan(28384234.71m), office.Total);
        Assert.Equal(single.PrintedTotal, office.PrintedTotal);
        Assert.All(office.Lines, l => Assert.Equal(unit.Id, l.DepartmentId));
        Assert.Equal(single.Lines.Select(l => Key(l, offset)), office.Lines.Select(l => Key(l, 0)));
        Assert.Equal(single.Tables.Select(t => t.Label), office.Tables.Select(t => t.Label));
        Assert.Equal(single.Comparisons.Select(c => (c.Subject, c.Change, c.Line + offset)), office.Comparisons.Select(c => (c.Subject, c.Change, c.Line)));
        Assert.Equal(single.Facts.Select(f => (f.Name, f.Amount, f.Line + offset)), office.Facts.Select(f => (f.Name, f.Amount, f.Line)));
        Assert.Equal(single.Findings.Select(f => (f.Code, f.Severity)), office.Findings.Select(f => (f.Code, f.Severity)));
        Assert.NotEmpty(office.Comparisons);
    }

    /// <summary>
    /// The same on PDF pages: two real PDFs merged into one file (信访局's 43 pages, then 财政局's 59) read as two sets,
    /// each with the lines of its file alone, cited at the merged file's pages. (Which department the second set is a
    /// unit of is not the point here: the two were never one publication.)
    /// </summary>
    [SkippableFact]
    public async Task ReadAll_TwoPdfsMerged_EachSetAsItsFileAlone_AtTheMergedPagesAsync()
    {
        Corpus.Require();
        var first = Corpus.National("xian", "2a3502793b90", "pdf");
        var second = Corpus.National("xian", "0956c387dd43", "pdf");
        var merged = UglyToad.PdfPig.Writer.PdfMerger.Merge(first, second);

        var reads = DisclosureReader.ReadAll("merged.pdf", merged);
        var firstAlone = (await DisclosureReader.ReadAsync(first)).Content;
        var secondAlone = (await DisclosureReader.ReadAsync(second)).Content;

        Assert.Equal(2, reads.Count);
        Assert.Equal(firstAlone.DocumentId, reads[0].Content.DocumentId);
        Assert.Equal(firstAlone.Lines.Select(l => PdfKey(l, 0)), reads[0].Content.Lines.Select(l => PdfKey(l, 0)));
        Assert.Equal(secondAlone.Total, reads[1].Content.Total);
        Assert.Equal(secondAlone.Lines.Select(l => PdfKey(l, 43)), reads[1].Content.Lines.Select(l => PdfKey(l, 0)));
        Assert.Equal(secondAlone.Comparisons.Select(c => (c.Subject, c.Change)), reads[1].Content.Comparisons.Select(c => (c.Subject, c.Change)));
        Assert.Equal(firstAlone.Comparisons.Select(c => (c.Subject, c.Change)), reads[0].Content.Comparisons.Select(c => (c.Subject, c.Change)));
    }

    [SkippableFact]
    public async Task Import_TwoSetFile_TwoDocuments_ReimportUnchangedAsync()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        var path = await WriteCombinedAsync(database);
        await using var db = database.Open();

        var first = await ImportRun.RunAsync([path], new DisclosureImporter(db));
        var again = await ImportRun.RunAsync([path], new DisclosureImporter(db));

        Assert.Equal([(Summary, "created"), (OwnOffice, "created")], first.Select(o => (o.Result!.DocumentId, o.Outcome)));
        Assert.Equal([(Summary, "unchanged"), (OwnOffice, "unchanged")], again.Select(o => (o.Result!.DocumentId, o.Outcome)));
        var documents = await db.Documents.OrderBy(d => d.Id).Select(d => new { d.Id, d.Sha256 }).ToListAsync();
        Assert.Equal([Summary, OwnOffice], documents.Select(d => d.Id));
        Assert.Equal(DisclosureReader.Sha256Of(await File.ReadAllBytesAsync(path)), Assert.Single(documents.Select(d => d.Sha256).Distinct()));
        var unit = await db.Departments.SingleAsync(d => d.Scope == Scope.Unit);
        Assert.Equal(("西安市信访局（本级）", "610100/DEPARTMENT/西安市信访局"), (unit.Name, unit.ParentId));
        Assert.Equal(2, await db.DocumentSourceFiles.CountAsync());
        Assert.Equal(await db.BudgetLines.CountAsync(l => l.DocumentId == Summary), await db.BudgetLines.CountAsync(l => l.DocumentId == OwnOffice));
    }

    [SkippableFact]
    public async Task SurveyAndCheck_TwoSetFile_ALinePerDocument_TheFileCountedOnceAsync()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        var folder = Path.GetDirectoryName(await WriteCombinedAsync(database))!;
        var untouched = Path.Combine(database.Folder, "never.db");

        var survey = await CliRun.WithoutDatabaseAsync(untouched, "survey", folder, "--format", "json");
        var check = await CliRun.WithoutDatabaseAsync(untouched, "check", folder, "--format", "json");

        Assert.True(survey.ExitCode == 0, survey.ToString());
        var files = survey.Json().GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([(Summary, "read", 28384234.71m), (OwnOffice, "read", 28384234.71m)],
            files.Select(f => (f.GetProperty("documentId").GetString(), f.GetProperty("outcome").GetString(), f.GetProperty("total").GetDecimal())));
        var folderRate = Assert.Single(survey.Json().GetProperty("folders").EnumerateArray());
        Assert.Equal((1, 1, 1m), (folderRate.GetProperty("files").GetInt32(), folderRate.GetProperty("read").GetInt32(), folderRate.GetProperty("readRate").GetDecimal()));
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal([Summary, OwnOffice], check.Json().GetProperty("files").EnumerateArray().Select(f => f.GetProperty("documentId").GetString()));
        Assert.False(File.Exists(untouched));
    }

    [SkippableFact]
    public async Task Upgrade_TwoSetFile_ExtractedOnce_BothDocumentsRebuiltAsync()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        var path = await WriteCombinedAsync(database);
        await using (var db = database.Open())
        {
            await ImportRun.RunAsync([path], new DisclosureImporter(db));
            await db.SchemaVersions.ExecuteUpdateAsync(v => v.SetProperty(x => x.Fingerprint, "0000000000000000"));
        }

        var before = await database.CountsAsync();

        var result = await SchemaUpgrade.RunAsync(database.Open);

        // The file is kept with each of its documents and re-imported once: both created, none "unchanged".
        Assert.Equal([(Summary, ImportOutcome.Created), (OwnOffice, ImportOutcome.Created)], result.Reimported.Select(r => (r.DocumentId, r.Outcome)));
        Assert.Equal(before, await database.CountsAsync());
    }

    [SkippableFact]
    public async Task ReadAll_OneSet_OneDocument_AndReadRefusesTwoAsync()
    {
        Corpus.Require();
        var (alone, combined, _) = await FixtureAsync();

        // A title repeated under the same publisher is the same set (Shenzhen repeats title and caption on every page).
        var reads = DisclosureReader.ReadAll("xian.txt", alone);

        Assert.Equal(Summary, Assert.Single(reads).Content.DocumentId);
        // Read is for a file of one document: a file of two is the caller's error, not a silent first document.
        Assert.Throws<InvalidOperationException>(() => DisclosureReader.Read("xian-two-sets.txt", combined));
    }

    /// <summary>The file alone, the file followed by its 本级 copy, and how many lines the first set takes before the second's first.</summary>
    private static async Task<(byte[] Alone, byte[] Combined, int Offset)> FixtureAsync()
    {
        var text = await File.ReadAllTextAsync(Corpus.National("xian", "2a3502793b90"));
        Assert.StartsWith("西安市信访局（汇总）", text, StringComparison.Ordinal);
        // pdftotext ends a page with a form feed that opens the next page's first line: the copy's cover shares the line.
        Assert.EndsWith("\n\f", text, StringComparison.Ordinal);
        var office = text.Replace("西安市信访局（汇总）", "西安市信访局（本级）", StringComparison.Ordinal);
        return (Encoding.UTF8.GetBytes(text), Encoding.UTF8.GetBytes(text + office), text.Count(c => c == '\n'));
    }

    /// <summary>The combined fixture as a file in a folder of its own under the test database's folder.</summary>
    private static async Task<string> WriteCombinedAsync(TempDatabase database)
    {
        var folder = Path.Combine(database.Folder, "sets");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "xian-two-sets.txt");
        await File.WriteAllBytesAsync(path, (await FixtureAsync()).Combined);
        return path;
    }

    private static string PdfKey(BudgetLineRecord l, int pages) =>
        $"{l.Kind} {l.FunctionalCode} {l.EconomicDepartmentCode} {l.ExpenditureType} {l.Amount} {l.Source.Table} {l.Source.Row} {l.Source.Page + pages} {l.Source.Column}";

    private static string Key(BudgetLineRecord l, int offset) =>
        $"{l.Kind} {l.FunctionalCode} {l.EconomicDepartmentCode} {l.EconomicGovernmentCode} {l.ExpenditureType} {l.FundingSource} {l.Amount} {l.Source.Table} {l.Source.Row} {l.Source.Line + offset} {l.Source.Column}";
}
