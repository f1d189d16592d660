using BudgetGraph.Export;
using BudgetGraph.Http;
using BudgetGraph.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBudgetData(builder.Configuration);
builder.Services.AddBudgetGraphQL(builder.Configuration);
builder.Services.AddBudgetGraphHttp();
builder.Services.AddBudgetGraphRateLimits(builder.Configuration);

var app = builder.Build();
await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
app.MapBudgetGraphHttp();
app.MapBudgetGraphExports();
app.MapHealthEndpoints();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
