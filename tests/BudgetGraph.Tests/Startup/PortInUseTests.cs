using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BudgetGraph.Tests.Startup;

/// <summary>The API started on a port another process holds: one line on stderr and exit code 1, not a stack trace.</summary>
public sealed class PortInUseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-port-").FullName;

    [Fact]
    public async Task Start_PortInUse_OneLineErrorAndExitCode1()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BudgetGraph.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__Budget"] = $"Data Source={Path.Combine(_folder, "budget.db")}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var error = (await stderr).Trim();
        Assert.Single(error.Split('\n'));
        Assert.StartsWith("error: cannot listen:", error, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await stdout + error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
