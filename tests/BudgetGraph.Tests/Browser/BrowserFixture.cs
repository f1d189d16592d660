using System.Net;
using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BudgetGraph.Tests.Browser;

/// <summary>
/// The real app on a loopback socket (Kestrel, not TestServer: a browser needs a port) over the test database filled
/// from data/ (plus, where the shared corpus is on the machine, another region's department over three years, so that
/// the page is seen holding more than the reference department), and Debian's Chromium driven headless by Playwright.
/// Playwright's bundled driver is used, never a downloaded browser. Shared by the browser test classes (one app, one
/// browser), closed when they are done.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Headless and quiet: no GPU, no sandbox (CI runs as root), and nothing that calls home.
    private static readonly string[] _chromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    // The bundled data, as a first start serves it: the reference department beside the package's regions and years
    // (上海市普陀区 sorts before the reference's 410702, so the default view is tested for real).
    private readonly BudgetGraphFactory _factory = BudgetGraphFactory.ForDataDirectory(RepositoryPaths.Data);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private static string MissingChromium => $"Chromium is not installed at {ChromiumPath} (apt-get install chromium), which the browser tests need — see {Prerequisite.ReadmeSection}";

    /// <summary>The app's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    /// <summary>Where screenshots go: TestResults/browser in the repository root (ignored by git).</summary>
    public static string ArtifactDirectory { get; } = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "TestResults", "browser")).FullName;

    /// <summary>
    /// Skips a browser test without Chromium, or fails it in CI, which installs Chromium (.ci/run): every browser test
    /// starts with it.
    /// </summary>
    public static void RequireChromium() => Prerequisite.Require(File.Exists(ChromiumPath), MissingChromium);

    public async Task InitializeAsync()
    {
        // Without Chromium nothing starts; each test's RequireChromium then skips or fails it with the reason.
        if (!File.Exists(ChromiumPath))
            return;

        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        BaseAddress = new Uri(address);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = _chromiumArguments,
        });
    }

    /// <summary>Options for a context of the test's own on the app's database, to count what it holds.</summary>
    public DbContextOptions<BudgetDbContext> CreateDbContextOptions() => _factory.CreateDbContextOptions();

    /// <summary>A fresh page (its own context: no state shared between tests) of the given viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser did not start: " + MissingChromium);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>xunit disposes a fixture both asynchronously and synchronously; the factory tolerates both.</summary>
    public void Dispose() => _factory.Dispose();
}
