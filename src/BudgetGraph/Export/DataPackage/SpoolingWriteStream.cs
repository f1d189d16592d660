namespace BudgetGraph.Export.DataPackage;

/// <summary>
/// Lets ZipArchive write into a response: Kestrel refuses synchronous writes, and ZipArchive still makes some when an
/// entry or the archive is disposed (the deflater's last bytes, the central directory). Writes are collected here;
/// asynchronous ones pass the collected bytes on once they reach <see cref="ChunkBytes"/>, and
/// <see cref="DrainAsync"/> passes on the rest. Only those few closing bytes wait in memory.
/// </summary>
internal sealed class SpoolingWriteStream(Stream inner) : Stream
{
    private const int ChunkBytes = 64 * 1024;

    private readonly Stream _inner = inner;
    private readonly MemoryStream _spool = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    /// <summary>Bytes written so far; ZipArchive reads it to place the entries of a stream it cannot seek.</summary>
    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _spool.Write(buffer);
        _written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        if (_spool.Length >= ChunkBytes)
            await DrainAsync(cancellationToken);
    }

    /// <summary>Passes every collected byte on to the response.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (_spool.Length == 0)
            return;
        await _inner.WriteAsync(_spool.GetBuffer().AsMemory(0, (int)_spool.Length), cancellationToken);
        _spool.SetLength(0);
    }

    /// <summary>Nothing to do synchronously: the bytes wait for <see cref="DrainAsync"/>.</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken);
        await _inner.FlushAsync(cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _spool.Dispose();
        base.Dispose(disposing);
    }
}
