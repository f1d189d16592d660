using System.Diagnostics;
using System.Text;

namespace Importer.Tests.Infrastructure;

/// <summary>
/// The real importer executable (BudgetGraph.Importer.dll, copied next to the tests by the project reference) run as a
/// child process on a test database, as a user runs it. Its output is collected for failure messages.
/// </summary>
public sealed class ImporterProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ImporterProcess(Process process)
    {
        _process = process;
        // Drain both pipes so a full pipe never blocks the importer.
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static ImporterProcess Start(TempDatabase database, params string[] arguments)
    {
        // `dotnet test` tells its children where its own host is; fall back to the one on PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BudgetGraph.Importer.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ConnectionStrings__Budget"] = database.ConnectionString;
        start.Environment["Database__Provider"] = TempDatabase.Provider;
        return new ImporterProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the importer."));
    }

    /// <summary>SIGKILL: the process gets no chance to finish, roll back or clean up.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
