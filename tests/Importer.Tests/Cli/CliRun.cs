using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Cli;

/// <summary>
/// One run of the real importer executable from the repository root (where the help's examples run), with stdout and
/// stderr kept apart: scripts read the exit code and stdout, people read stderr.
/// </summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs with a connection string to a file that must never appear: commands that need no database prove they opened none.</summary>
    public static Task<CliRun> WithoutDatabaseAsync(string untouchedDatabase, params string[] arguments) =>
        RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Budget"] = $"Data Source={untouchedDatabase}",
            ["Database__Provider"] = "Sqlite",
        }, arguments);

    public static Task<CliRun> OnAsync(TempDatabase database, params string[] arguments) => RunAsync(Environment(database), arguments);

    /// <summary>stdout parsed as one JSON document: fails if anything else was written there.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Stdout);
        return document.RootElement.Clone();
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";

    /// <summary>
    /// Starts a run, waits until <paramref name="ready"/> holds, then sends SIGINT (what Ctrl+C sends) and collects the
    /// run as it ends. Fails if the run ends before it was interrupted.
    /// </summary>
    public static async Task<CliRun> InterruptedAsync(TempDatabase database, Func<Task<bool>> ready, params string[] arguments)
    {
        using var process = Start(Environment(database), arguments);
        var output = Collect(process);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!await ready())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"the run ended or stalled before it could be interrupted:\n{await FinishAsync(process, output)}");
            await Task.Delay(10);
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        return await FinishAsync(process, output);
    }

    private static Dictionary<string, string> Environment(TempDatabase database) => new()
    {
        ["ConnectionStrings__Budget"] = database.ConnectionString,
        ["Database__Provider"] = TempDatabase.Provider,
    };

    private static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        using var process = Start(environment, arguments);
        return await FinishAsync(process, Collect(process));
    }

    private static Process Start(IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        // `dotnet test` tells its children where its own host is; fall back to the one on PATH.
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BudgetGraph.Importer.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the importer.");
    }

    /// <summary>Reads both pipes to the end from the start, so a full pipe never blocks the importer.</summary>
    private static (Task<string> Stdout, Task<string> Stderr) Collect(Process process) =>
        (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());

    private static async Task<CliRun> FinishAsync(Process process, (Task<string> Stdout, Task<string> Stderr) output)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliRun(process.ExitCode, await output.Stdout, await output.Stderr);
    }
}
