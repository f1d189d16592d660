using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Reads and parses files on other cores while the caller writes the previous ones. Up to <c>capacity</c> files are
/// parsed at once on the thread pool (parsing costs more CPU than writing, so one parser would leave the writer
/// waiting); the caller receives them in the files' order, so writes stay sequential, one transaction per document,
/// and memory stays flat however many files there are.
/// </summary>
public static class ReadAhead
{
    public static IAsyncEnumerable<ReadAttempt> ReadAsync(IReadOnlyList<string> files, int capacity = 4, CancellationToken cancellationToken = default) =>
        ReadAsync(ImportItem.For(files), capacity, cancellationToken);

    public static async IAsyncEnumerable<ReadAttempt> ReadAsync(IReadOnlyList<ImportItem> items, int capacity = 4, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<Task<ReadAttempt>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var starting = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var item in items)
                        await channel.Writer.WriteAsync(Task.Run(() => item.ReadAsync(stop.Token), stop.Token), stop.Token);
                    channel.Writer.Complete();
                }
                catch (OperationCanceledException exception)
                {
                    channel.Writer.Complete(exception);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var attempt in channel.Reader.ReadAllAsync(cancellationToken))
                yield return await attempt;
        }
        finally
        {
            // The caller stopped early (an error, or it has what it needs): stop starting parses before leaving.
            await stop.CancelAsync();
            await starting;
        }
    }
}
