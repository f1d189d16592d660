using BudgetGraph.Export;
using BudgetGraph.Http;
using BudgetGraph.Startup;

var builder = WebApplication.CreateBuilder(args);
// A start that fails is reported once, below (a port in use) or by the exception itself, not also as a logged stack.
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
builder.Services.AddBudgetData(builder.Configuration);
builder.Services.AddBudgetGraphQL(builder.Configuration);
builder.Services.AddBudgetGraphHttp();
builder.Services.AddBudgetGraphRateLimits(builder.Configuration);

var app = builder.Build();
await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
app.MapBudgetGraphHttp();
app.MapBudgetGraphExports();
app.MapHealthEndpoints();
try
{
    app.Run();
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // Another process holds the port: one line, not a stack trace.
    Console.Error.WriteLine($"error: cannot listen: {e.Message} Stop the other process or choose another port (--urls http://localhost:5080).");
    Environment.ExitCode = 1;
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
