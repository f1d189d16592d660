using System.Text;

namespace BudgetGraph.Tests.Export;

/// <summary>
/// A strict RFC 4180 reader for the tests: CRLF record ends, quoted cells with doubled quotes. It rejects a bare LF
/// or CR outside quotes and a quote inside an unquoted cell, so a writer that breaks the format fails the test.
/// </summary>
internal static class CsvText
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && cell.Length == 0)
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted cell");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        cell.Append(text[i++]);
                    }
                }

                Assert.True(i == text.Length || text[i] is ',' or '\r', $"text after a closing quote at {i}");
                continue;
            }

            switch (text[i])
            {
                case ',':
                    row.Add(cell.ToString());
                    cell.Clear();
                    i++;
                    break;
                case '\r':
                    Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"CR without LF at {i}");
                    row.Add(cell.ToString());
                    cell.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                    i += 2;
                    break;
                default:
                    Assert.False(text[i] is '\n' or '"', $"bare LF or quote outside quotes at {i}");
                    cell.Append(text[i++]);
                    break;
            }
        }

        Assert.True(row.Count == 0 && cell.Length == 0, "the last record does not end with CRLF");
        return rows;
    }
}
