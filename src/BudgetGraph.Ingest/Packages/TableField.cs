namespace BudgetGraph.Ingest.Packages;

/// <summary>A field of a Table Schema: its name (the CSV header), Frictionless type and what it holds.</summary>
public sealed record TableField(string Name, string Type, string Description, bool Required = false)
{
    public static TableField StringField(string name, string description, bool required = false) => new(name, "string", description, required);

    public static TableField IntegerField(string name, string description, bool required = false) => new(name, "integer", description, required);

    public static TableField NumberField(string name, string description, bool required = false) => new(name, "number", description, required);
}
