using System.Data.Common;
using BudgetGraph.Bench.HttpBaseline;
using Microsoft.Data.Sqlite;
using Npgsql;

// The benchmark's yardstick: the least a web endpoint can do to answer the GraphQL query
//   breakdown(year, by: FUNCTIONAL, level: 1, where: {department: {eq: id}}) { key label amount(unit: WAN_YUAN) share }
// with the same JSON: one hand-written SQL statement over the same database through plain ADO.NET, no GraphQL, no
// EF Core, no middleware. bench/run.sh checks that both answer alike before it times them.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration.GetConnectionString("Budget") ?? "Data Source=budget.db";
DbDataSource source = (builder.Configuration["Database:Provider"] ?? "Sqlite").Equals("Postgres", StringComparison.OrdinalIgnoreCase)
    ? NpgsqlDataSource.Create(connectionString)
    : SqliteFactory.Instance.CreateDataSource(connectionString);

var app = builder.Build();
app.MapGet("/breakdown", async (string department, int year, CancellationToken cancellationToken) =>
    Results.Json(new BaselineResponse(new BaselineData(await BreakdownSql.RunAsync(source, department, year, cancellationToken))), BaselineJson.Options));
app.Run();
