using System.Diagnostics;

namespace BudgetGraph.QueryBenchmark;

/// <summary>
/// Medians of repeated runs after a warm-up (JIT, connection pool, SQLite page cache). Two contenders run interleaved,
/// one call each in turn, so load from other processes on a shared machine falls on both alike.
/// </summary>
public static class Timing
{
    /// <summary>
    /// Warm-up lasts at least this long, not only a number of calls: tiered JIT recompiles hot methods (EF Core's query
    /// pipeline, the GraphQL executer) only after they have been called a while: after 20 calls the API's lines query
    /// still took 2.7 times its steady-state time.
    /// </summary>
    private static readonly TimeSpan _minimumWarmup = TimeSpan.FromSeconds(3);

    public static async Task<(Sample First, Sample Second)> CompareAsync(Func<Task> first, Func<Task> second, int iterations, int warmup = 20)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < warmup || Stopwatch.GetElapsedTime(started) < _minimumWarmup; i++)
        {
            await first();
            await second();
        }

        var a = new double[iterations];
        var b = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            a[i] = await TimeAsync(first);
            b[i] = await TimeAsync(second);
        }

        return (Sample.Of(a), Sample.Of(b));
    }

    public static async Task<Sample> MeasureAsync(Func<Task> run, int iterations, int warmup = 20)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < warmup || Stopwatch.GetElapsedTime(started) < _minimumWarmup; i++)
            await run();
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
            samples[i] = await TimeAsync(run);
        return Sample.Of(samples);
    }

    private static async Task<double> TimeAsync(Func<Task> run)
    {
        var start = Stopwatch.GetTimestamp();
        await run();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}

/// <summary>Median and 90th percentile in milliseconds.</summary>
public sealed record Sample(double MedianMs, double P90Ms)
{
    public static Sample Of(double[] samples)
    {
        Array.Sort(samples);
        return new Sample(samples[samples.Length / 2], samples[(int)(samples.Length * 0.9)]);
    }
}
