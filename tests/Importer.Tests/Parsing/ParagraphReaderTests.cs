using BudgetGraph.Ingest.Parsing;

namespace Importer.Tests.Parsing;

public class ParagraphReaderTests
{
    [Fact]
    public void Read_SentenceCutByPageBreak_IsJoined()
    {
        var text = SourceText.FromString("n.txt", "四、财政拨款收入支出总体情况说明\n\n某局政府性基金收支预算0万元，国有资本经营\n\n收支预算0万元。\n\n五、下一节");

        var paragraphs = ParagraphReader.Read(text, 1, text.LineCount + 1);

        Assert.Equal(["四、财政拨款收入支出总体情况说明", "某局政府性基金收支预算0万元，国有资本经营收支预算0万元。", "五、下一节"], paragraphs.Select(p => p.Text));
        Assert.Equal(3, paragraphs[1].Line);
    }
}
