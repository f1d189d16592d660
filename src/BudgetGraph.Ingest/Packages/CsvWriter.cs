using System.Text;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// RFC 4180 CSV, streamed: CRLF line ends, a cell quoted when it holds a comma, quote, CR or LF (quotes doubled),
/// UTF-8. Writes are asynchronous (Kestrel refuses synchronous writes to a response) and buffered by the writer.
/// </summary>
public sealed class CsvWriter : IAsyncDisposable
{
    /// <summary>What Excel needs to read a CSV as UTF-8 rather than the system's code page (GBK on Chinese Windows).</summary>
    private static readonly byte[] _byteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly char[] _special = [',', '"', '\r', '\n'];

    private readonly Stream _stream;
    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new();

    public CsvWriter(Stream stream)
    {
        _stream = stream;
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 32 * 1024, leaveOpen: true);
    }

    /// <summary>Rows written so far, the header included.</summary>
    public long Rows { get; private set; }

    /// <summary>Writes the UTF-8 byte order mark; call before the first row.</summary>
    public Task WriteByteOrderMarkAsync(CancellationToken cancellationToken) =>
        _stream.WriteAsync(_byteOrderMark, cancellationToken).AsTask();

    public async Task WriteRowAsync(IEnumerable<string?> cells, CancellationToken cancellationToken)
    {
        _line.Clear();
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
                _line.Append(',');
            first = false;
            Append(cell ?? "");
        }

        _line.Append("\r\n");
        Rows++;
        await _writer.WriteAsync(_line, cancellationToken);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _writer.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private void Append(string cell)
    {
        if (cell.IndexOfAny(_special) < 0)
        {
            _line.Append(cell);
            return;
        }

        _line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
