namespace BudgetGraph.Ingest.Packages;

/// <summary>The data package's tables, referenced ones before those that reference them.</summary>
public static class TableResources
{
    public static IReadOnlyList<TableResource> All { get; } =
    [
        new RegionsResource(), new DepartmentsResource(), new DocumentsResource(), new ClassificationResource(), new BudgetLinesResource(),
        new TablesResource(), new TableRowsResource(), new SubtotalsResource(), new FindingsResource(), new FindingLocationsResource(),
        new StatedFiguresResource(), new FactsResource(), new ProjectsResource(),
    ];

    public static TableResource? Find(string name) => All.FirstOrDefault(resource => resource.Name == name);
}
