using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace BudgetGraph.Data;

/// <summary>
/// Provider selection shared by the API and the importer: <c>Database:Provider</c> = Sqlite (default) or Postgres,
/// connection string <c>ConnectionStrings:Budget</c> (default: SQLite file budget.db in the working directory).
/// </summary>
public static class BudgetDatabase
{
    public const string DefaultConnectionString = "Data Source=budget.db";

    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration) =>
        Configure(options, configuration, ConnectionStringOf(configuration));

    /// <summary>The configured provider with another connection string (the API adjusts the SQLite one).</summary>
    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration, string connectionString)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
            options.UseNpgsql(connectionString);
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            options.UseSqlite(connectionString);
        else
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}': use Sqlite or Postgres.");
    }

    public static string ConnectionStringOf(IConfiguration configuration) =>
        configuration.GetConnectionString("Budget") ?? DefaultConnectionString;

    public static bool IsSqlite(IConfiguration configuration) =>
        (configuration["Database:Provider"] ?? "Sqlite").Equals("Sqlite", StringComparison.OrdinalIgnoreCase);

    public static DbContextOptions<BudgetDbContext> CreateOptions(IConfiguration configuration)
    {
        var builder = new DbContextOptionsBuilder<BudgetDbContext>();
        Configure(builder, configuration);
        return builder.Options;
    }
}
