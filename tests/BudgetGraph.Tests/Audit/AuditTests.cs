using System.Diagnostics;
using System.Net;
using System.Text.Json;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Tests.Audit;

/// <summary>
/// The GraphQL-over-HTTP audit (npm graphql-http 1.23.1, serverAudits) against the real app on a loopback port: every
/// MUST and SHOULD holds (status "ok"); a warning fails like an error. The audit's packages come from this folder's
/// package-lock.json (npm ci, node_modules ignored by git); without node and npm the test skips, and fails in CI.
/// </summary>
public sealed class AuditTests : IDisposable
{
    private static readonly string _folder = Path.Combine(RepositoryPaths.Root, "tests", "BudgetGraph.Tests", "Audit");

    private readonly BudgetGraphFactory _factory = new();

    [SkippableFact]
    public async Task ServerAudits_EveryMustAndShould_Ok()
    {
        Prerequisite.Require(OnPath("node") && OnPath("npm"), "node and npm are not on PATH (the GraphQL-over-HTTP audit runs graphql-http) — see README#what-the-tests-need");
        if (!Directory.Exists(Path.Combine(_folder, "node_modules", "graphql-http")))
            await RunAsync("npm", "ci --no-audit --no-fund");
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var output = await RunAsync("node", $"audit.mjs {address}/graphql");

        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.True(results.Count >= 50, $"{results.Count} audit results:\n{output}");
        var failed = results.Where(r => r.GetProperty("status").GetString() != "ok")
            .Select(r => $"{r.GetProperty("status").GetString()} {r.GetProperty("id").GetString()} {r.GetProperty("name").GetString()}: {r.GetProperty("reason")}")
            .ToList();
        Assert.True(failed.Count == 0, "audit results not ok:\n" + string.Join("\n", failed));
    }

    public void Dispose() => _factory.Dispose();

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, command)));

    /// <summary>Runs a command in the audit folder; its stdout, or a failure with both streams.</summary>
    private static async Task<string> RunAsync(string command, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{command} {arguments} exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
        return await stdout;
    }
}
