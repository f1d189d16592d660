using System.Text;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Cli;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Parsing;

/// <summary>
/// Documents that type years and amounts in full width (２０２１年, １２．５): read as their ASCII twin, and never a crash.
/// The fixtures are the reference disclosure with its digits widened, made here rather than stored.
/// </summary>
public sealed class FullWidthDigitsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-fullwidth-").FullName;

    [Fact]
    public void Fold_FullWidthDigitsAndFullStop_BecomeAscii_SentencePunctuationStays()
    {
        Assert.Equal("2021年预算，合计12.50。", WidthFolding.Fold("２０２１年预算，合计１２．５０。"));
        var ascii = "no full width here";
        Assert.Same(ascii, WidthFolding.Fold(ascii));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_ReferenceWithFullWidthDigits_GivesTheSameLinesAsTheAsciiFile(bool everyDigit)
    {
        var ascii = File.ReadAllText(RepositoryPaths.ReferenceDisclosure);
        var expected = DisclosureReader.Read("reference.txt", Encoding.UTF8.GetBytes(ascii)).Content;

        var read = DisclosureReader.Read("wide.txt", Encoding.UTF8.GetBytes(Widen(ascii, everyDigit))).Content;

        Assert.Equal(expected.DocumentId, read.DocumentId);
        Assert.Equal(2026, read.Year);
        Assert.Equal(WanYuan.Units(250.65m), read.Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount));
        Assert.Equal(expected.Lines.Select(Key), read.Lines.Select(Key));
        Assert.Equal(expected.Findings.Select(f => (f.Code, f.Severity)), read.Findings.Select(f => (f.Code, f.Severity)));
    }

    [Fact]
    public async Task Check_FolderWithAFullWidthFile_ReportsEveryFileWithoutCrashing()
    {
        var ascii = await File.ReadAllTextAsync(RepositoryPaths.ReferenceDisclosure);
        await File.WriteAllTextAsync(Path.Combine(_folder, "a-wide.txt"), Widen(ascii, everyDigit: true));
        await File.WriteAllTextAsync(Path.Combine(_folder, "b-ascii.txt"), ascii);

        var run = await CliRun.WithoutDatabaseAsync(Path.Combine(_folder, "never.db"), "check", _folder, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(["findings", "findings"], run.Json().GetProperty("files").EnumerateArray().Select(f => f.GetProperty("status").GetString()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (LineKind, string?, string?, ExpenditureType?, FundingSource?, long) Key(BudgetLineRecord l) =>
        (l.Kind, l.FunctionalCode, l.EconomicDepartmentCode, l.ExpenditureType, l.FundingSource, l.Amount);

    /// <summary>Every ASCII digit and decimal point widened, or only the years (２０２６年) as some documents print them.</summary>
    private static string Widen(string text, bool everyDigit)
    {
        if (!everyDigit)
            return text.Replace("2026年", "２０２６年", StringComparison.Ordinal).Replace("2025年", "２０２５年", StringComparison.Ordinal);
        var wide = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inNumber = i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > 0 && char.IsAsciiDigit(text[i - 1]);
            wide.Append(c switch
            {
                >= '0' and <= '9' => (char)('\uFF10' + (c - '0')),
                '.' when inNumber => '\uFF0E',
                _ => c,
            });
        }

        return wide.ToString();
    }
}
