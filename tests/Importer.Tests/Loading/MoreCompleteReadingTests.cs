using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Loading;

/// <summary>
/// Two files of one run may be one document: Hangzhou's 公安局 2026 budget as its PDF (every table read) and its text
/// export (表5's amounts stand apart from their labels: partial, one TABLE_UNREADABLE). Whatever their order, the run
/// keeps the more complete reading: the partial one does not replace it (its outcome is unchanged).
/// </summary>
public sealed class MoreCompleteReadingTests
{
    private const string DocumentId = "330100/DEPARTMENT/杭州市公安局/2026/BUDGET";

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Run_PdfAndItsPartialTextExport_ThePdfsReadingStandsAsync(bool pdfFirst)
    {
        Corpus.Require();
        var pdf = Corpus.National("hangzhou", "c0afe4e6bf13", "pdf");
        var text = Corpus.National("hangzhou", "c0afe4e6bf13");
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var outcomes = await ImportRun.RunAsync(pdfFirst ? [pdf, text] : [text, pdf], new DisclosureImporter(db));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(pdfFirst ? ["created", "unchanged"] : ["created", "replaced"], outcomes.Select(o => o.Outcome));
        var document = await db.Documents.SingleAsync();
        Assert.Equal((DocumentId, "hangzhou_c0afe4e6bf13.pdf"), (document.Id, document.FileName));
        Assert.Equal(0, await db.Findings.CountAsync(f => f.DocumentId == DocumentId && f.Code == "TABLE_UNREADABLE"));
    }
}
