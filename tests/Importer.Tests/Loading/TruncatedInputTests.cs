using System.Text;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Loading;

/// <summary>
/// No input ends in an unhandled exception: every real document cut short at many points either reads (partial where a
/// table went missing) or is refused with a located reason from the readers themselves, never with the catch-all that
/// reports a reader's own failure.
/// </summary>
public class TruncatedInputTests
{
    private const int Cuts = 24;

    [SkippableTheory]
    [InlineData("national/wuxi/wuxi_2ed60e3f95d2.txt")]
    [InlineData("national/guangzhou/guangzhou_232c31967d79.txt")]
    [InlineData("national/fuzhou/fuzhou_6ff17896acdc.txt")]
    [InlineData("national/shanghai/shanghai_6737dde8a442.txt")]
    [InlineData("shanghai/shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.txt")]
    [InlineData("henan/xinxiang-hongqi_xingzheng-shenpi-zhengwu-xinxi-guanliju_2026_budget_dept.txt")]
    public void Read_CutShortAnywhere_ReadsOrIsRefusedByTheReaders(string file)
    {
        Corpus.Require();
        var lines = File.ReadAllLines(Path.Combine(Corpus.Folder, file));

        for (var cut = 1; cut <= Cuts; cut++)
        {
            var kept = lines.Length * cut / (Cuts + 1);
            var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines.Take(kept)));
            try
            {
                DisclosureReader.Read($"cut-{kept}.txt", bytes);
            }
            catch (DisclosureFormatException refusal)
            {
                Assert.True(refusal.InnerException is null, $"{file} cut at line {kept}: {refusal.Message}\n{refusal.InnerException}");
            }
        }
    }
}
