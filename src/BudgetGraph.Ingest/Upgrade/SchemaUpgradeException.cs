namespace BudgetGraph.Ingest.Upgrade;

/// <summary>The upgrade could not rebuild the database; the message says what was kept and what to do.</summary>
public sealed class SchemaUpgradeException : Exception
{
    public SchemaUpgradeException()
    {
    }

    public SchemaUpgradeException(string message)
        : base(message)
    {
    }

    public SchemaUpgradeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
