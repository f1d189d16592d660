using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Narrative;

/// <summary>
/// Finds the prior-year comparisons a narrative states: "与2025年预算相比，收入减少128.02万元，下降33.81%，主要原因：…",
/// "比上年减少1.07万元，下降7.70%" and "与2025年持平" (a change of 0). Amounts in the narrative are 万元.
/// </summary>
public static partial class StatedComparisonReader
{
    public static IReadOnlyList<StatedComparisonRecord> Read(IEnumerable<TextNote> paragraphs, int year)
    {
        var found = new List<StatedComparisonRecord>();
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text;
            foreach (Match change in ChangePattern().Matches(text))
                found.Add(FromChange(paragraph, change, year));
            foreach (Match flat in FlatPattern().Matches(text))
                found.Add(FromFlat(paragraph, flat));
        }

        return found.Where(c => c.Subject.Length > 0).OrderBy(c => c.Line).ToList();
    }

    private static StatedComparisonRecord FromChange(TextNote paragraph, Match match, int year)
    {
        var text = paragraph.Text;
        var subject = SubjectBefore(text, match.Index);
        var amount = match.Groups["amt"].Value;
        var sign = match.Groups["dir"].Value == "减少" ? -1 : 1;
        decimal? percent = match.Groups["pct"].Success
            ? (match.Groups["pdir"].Value == "下降" ? -1 : 1) * decimal.Parse(match.Groups["pct"].Value, CultureInfo.InvariantCulture)
            : null;
        return new StatedComparisonRecord
        {
            Subject = subject?.Subject ?? "",
            BaseYear = BaseYearBefore(text, match.Index, year),
            CurrentAmount = subject is null ? null : CurrentAmount(text[..match.Index], subject.Value.Keyword),
            Change = sign * WanYuan(amount),
            ChangePercent = percent,
            ChangeDecimals = AmountText.Decimals(amount),
            Reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim().TrimEnd('，', '；') : null,
            Text = SentenceAround(text, match.Index),
            Line = paragraph.Line,
        };
    }

    private static StatedComparisonRecord FromFlat(TextNote paragraph, Match match)
    {
        var text = paragraph.Text;
        var subject = SubjectBefore(text, match.Index);
        return new StatedComparisonRecord
        {
            Subject = subject?.Subject ?? "",
            BaseYear = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            CurrentAmount = subject is null ? null : CurrentAmount(text[..match.Index], subject.Value.Keyword),
            Change = 0,
            Text = SentenceAround(text, match.Index),
            Line = paragraph.Line,
        };
    }

    /// <summary>The subject in the words since the last clause break, else the topic of the sentence or paragraph.</summary>
    private static (string Keyword, string Subject)? SubjectBefore(string text, int index)
    {
        var clauseStart = text.LastIndexOfAny(['，', '。', '；', ',', ';'], Math.Max(0, index - 1)) + 1;
        var words = text[clauseStart..index];
        return ComparisonSubjects.InSubjectWords(words)
            ?? ComparisonSubjects.FirstIn(text[SentenceStart(text, index)..index])
            ?? PreviousClauseSubject(text, clauseStart)
            ?? ComparisonSubjects.FirstIn(text[..index]);
    }

    /// <summary>
    /// "支出预算18,976.76万元，其中：财政拨款支出预算18,976.76万元，比2024年预算增加3,355.65万元": the change follows the
    /// clause that states the amount (其中：…), so that clause names the subject when the change's own words do not.
    /// </summary>
    private static (string Keyword, string Subject)? PreviousClauseSubject(string text, int clauseStart)
    {
        if (clauseStart < 2)
            return null;
        var sentenceStart = SentenceStart(text, clauseStart - 1);
        // Full-width marks only: an ASCII comma may be a thousands separator (18,976.76万元).
        var previousStart = text.LastIndexOfAny(['，', '。', '；'], clauseStart - 2) + 1;
        var previous = text[Math.Max(previousStart, sentenceStart)..(clauseStart - 1)];
        return previous.StartsWith("其中", StringComparison.Ordinal) ? ComparisonSubjects.InSubjectWords(previous) : null;
    }

    private static int? BaseYearBefore(string text, int index, int year)
    {
        var before = text[..index];
        var stated = BaseYearPattern().Matches(before).LastOrDefault();
        return stated is null ? year - 1 : int.Parse(stated.Groups["year"].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The subject's current amount as stated earlier in the paragraph ("收入总计250.65万元").</summary>
    private static long? CurrentAmount(string before, string keyword)
    {
        var pattern = Regex.Escape(keyword) + @"[^，。；\d]{0,12}?(?<amt>\d[\d,]*(?:\.\d+)?)万元";
        var match = Regex.Match(before, pattern);
        return match.Success ? WanYuan(match.Groups["amt"].Value) : null;
    }

    private static long WanYuan(string amount) =>
        AmountText.TryParse(amount, out var value) ? UnitCaption.ToUnits(value, TableUnit.WanYuan) : 0;

    private static int SentenceStart(string text, int index) => text.LastIndexOf('。', Math.Max(0, index - 1)) + 1;

    private static string SentenceAround(string text, int index)
    {
        var start = SentenceStart(text, index);
        var end = text.IndexOf('。', index);
        return text[start..(end < 0 ? text.Length : end + 1)].Trim();
    }

    [GeneratedRegex(@"(?<dir>增加|减少)(?<amt>\d[\d,]*(?:\.\d+)?)万元(?:[，,]?(?<pdir>增长|下降)(?<pct>\d+(?:\.\d+)?)%)?(?:[，,]?主要原因[：:](?<reason>[^。]*))?")]
    private static partial Regex ChangePattern();

    [GeneratedRegex(@"[与和同较](?<year>\d{4})年(?:预算)?(?:数)?(?:相比)?[，,]?(?:基本)?持平")]
    private static partial Regex FlatPattern();

    [GeneratedRegex(@"(?:[与和同较]|比)(?<year>\d{4})年")]
    private static partial Regex BaseYearPattern();
}
