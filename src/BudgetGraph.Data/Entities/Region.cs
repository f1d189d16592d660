
namespace BudgetGraph.Data.Entities;

/// <summary>An administrative division (行政区划), e.g. 410702 新乡市红旗区.</summary>
public class Region
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public List<Department> Departments { get; } = [];
}
