using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shanghai;

/// <summary>Every Shanghai document whose text export and PDF are both in the corpus gives the same facts from either.</summary>
public sealed class TextPdfEquivalenceTests
{
    public static TheoryData<string> Pairs()
    {
        var data = new TheoryData<string>();
        if (!Corpus.Present)
        {
            data.Add("(corpus missing)");
            return data;
        }

        foreach (var pdf in Directory.GetFiles(Path.Combine(Corpus.Folder, "shanghai", "pdf"), "*.pdf").Order(StringComparer.Ordinal))
        {
            // The final accounts' text export puts values on lines apart from their labels: it is refused by design
            // (FinalAccountsImportTests), so only its PDF is a source and there is no pair to compare.
            var name = Path.GetFileNameWithoutExtension(pdf);
            if (File.Exists(Corpus.Shanghai(name + ".txt")) && !name.Contains("final-accounts", StringComparison.Ordinal))
                data.Add(name);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public async Task Read_TextAndPdf_SameDocumentTotalsAndLines(string name)
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.Shanghai(name + ".txt"))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.ShanghaiPdf(name + ".pdf"))).Content;

        Assert.Equal(text.DocumentId, pdf.DocumentId);
        Assert.Equal(text.Family, pdf.Family);
        foreach (var kind in Enum.GetValues<LineKind>())
            Assert.Equal(text.Lines.Where(l => l.Kind == kind).Sum(l => l.Amount), pdf.Lines.Where(l => l.Kind == kind).Sum(l => l.Amount));
        Assert.Equal(Facts(text), Facts(pdf));
        Assert.Equal(text.Tables.Select(t => (t.Number, t.Title, t.Unit, t.IsEmpty)), pdf.Tables.Select(t => (t.Number, t.Title, t.Unit, t.IsEmpty)));
        // Classified tables have the same rows; two-sided overviews keep their physical lines, which differ by input.
        Assert.Equal(Classified(text), Classified(pdf));
    }

    [SkippableFact]
    public async Task Read_AltTabExtraction_SameFactsAsLayoutText()
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.Wanli(2025))).Content;
        var alt = (await DisclosureReader.ReadAsync(Corpus.Shanghai("shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.alt-tab-extraction.txt"))).Content;

        Assert.Equal(text.DocumentId, alt.DocumentId);
        Assert.Equal(Facts(text), Facts(alt));
    }

    private static List<string> Classified(BudgetGraph.Ingest.Formats.DisclosureContent content) =>
        content.Tables.Where(t => t.Number is "02" or "03" or "05" or "06" or "07" or "08").SelectMany(t => t.Rows.Select(r => $"{t.Number}|{r.Row}|{string.Join("|", r.Cells)}")).ToList();

    private static List<string> Facts(BudgetGraph.Ingest.Formats.DisclosureContent content) =>
        content.Lines.Select(l => $"{l.Kind}|{l.FunctionalCode}|{l.EconomicDepartmentCode}|{l.ExpenditureType}|{l.FundingSource}|{l.Marker}|{l.Amount}")
            .Order(StringComparer.Ordinal).ToList();
}
