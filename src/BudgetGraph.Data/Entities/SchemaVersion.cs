
namespace BudgetGraph.Data.Entities;

/// <summary>The fingerprint of the schema a database was created with (one row), so an outdated database is detected.</summary>
public class SchemaVersion
{
    public int Id { get; set; }

    public required string Fingerprint { get; set; }
}
