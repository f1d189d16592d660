namespace BudgetGraph.Data;

/// <summary>What <see cref="BudgetSchema.EnsureAsync"/> found.</summary>
public enum SchemaState
{
    /// <summary>The database did not exist and was created.</summary>
    Created,

    /// <summary>The database was created by this version of the model.</summary>
    Current,

    /// <summary>The database was created by another version of the model: rebuild it from the documents.</summary>
    Outdated,
}
