using BudgetGraph.Ingest.Packages;

namespace Importer.Tests.Packages;

/// <summary>The package's CSV read back as CsvWriter writes it: quoted commas, quotes and line breaks; empty is missing.</summary>
public sealed class CsvReaderTests
{
    [Fact]
    public async Task ReadRows_WhatTheWriterWrote_SameCells()
    {
        string?[][] rows =
        [
            ["name", "note", "amount"],
            ["行政运行", "a, b", "195.6"],
            ["\"quoted\"", "two\r\nlines", null],
        ];
        using var stream = new MemoryStream();
        await using (var writer = new CsvWriter(stream))
        {
            foreach (var row in rows)
                await writer.WriteRowAsync(row, CancellationToken.None);
            await writer.FlushAsync(CancellationToken.None);
        }

        stream.Position = 0;
        var read = CsvReader.ReadRows(new StreamReader(stream), "test.csv").ToList();

        Assert.Equal(2, read.Count);
        Assert.Equal(("行政运行", "a, b", "195.6"), (read[0]["name"], read[0]["note"], read[0]["amount"]));
        Assert.Equal(("\"quoted\"", "two\r\nlines", (string?)null), (read[1]["name"], read[1]["note"], read[1]["amount"]));
    }

    [Theory]
    [InlineData("a,b\r\n1\r\n", "row 2 has 1 cells, the header 2")]
    [InlineData("a,b\r\n\"1,2\r\n", "a quoted cell is not closed")]
    public void ReadRows_Malformed_SaysWhereAndWhy(string csv, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => CsvReader.ReadRows(new StringReader(csv), "x.csv").ToList());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("x.csv", error.Message, StringComparison.Ordinal);
    }
}
