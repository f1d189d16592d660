namespace BudgetGraph.Export.DataPackage;

/// <summary>A field of a Table Schema: its name (the CSV header), Frictionless type and what it holds.</summary>
internal sealed record TableField(string Name, string Type, string Description, bool Required = false)
{
    public static TableField String(string name, string description, bool required = false) => new(name, "string", description, required);

    public static TableField Integer(string name, string description, bool required = false) => new(name, "integer", description, required);

    public static TableField Number(string name, string description, bool required = false) => new(name, "number", description, required);
}
