using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.Filtering;
using BudgetGraph.GraphQL.Common.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>Query.departments and Query.department.</summary>
public sealed class DepartmentQueries(IDbContextFactory<BudgetDbContext> contexts, DepartmentByIdLoader departments) : IQueryFields
{
    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;
    private readonly DepartmentByIdLoader _departments = departments;

    public void AddTo(ObjectGraphType query)
    {
        var list = query.Field<NonNullGraphType<DepartmentConnectionGraphType>>("departments")
            .Description("部门: departments (scope DEPARTMENT unless the filter asks for units), filtered, sorted and paged.")
            .Argument<DepartmentFilterInputType>("where", "筛选: filter.")
            .Argument<ListGraphType<NonNullGraphType<DepartmentSortInputType>>>("order", "排序: sort order; entries apply in sequence.");
        PageRequest.AddArguments(list);
        list.ResolveAsync(async context =>
        {
            var where = context.GetArgument<DepartmentFilter?>("where");
            var order = context.GetArgument<List<DepartmentSort>?>("order") ?? [];
            var page = PageRequest.From(context);
            return await Paginator.PageAsync(_contexts, db => Query(db, where, order), page, context.CancellationToken);
        });

        query.Field<DepartmentGraphType>("department")
            .Description("部门: one department or unit by id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "部门标识: the department's id.")
            .Resolve(context => _departments.Load(context, context.GetArgument<string>("id")));
    }

    private static IQueryable<Department> Query(BudgetDbContext db, DepartmentFilter? where, List<DepartmentSort> order)
    {
        IQueryable<Department> departments = db.Departments.AsNoTracking();
        if (where?.MentionsScope != true)
            departments = departments.Where(d => d.Scope == Scope.Department);
        if (where is not null)
            departments = departments.Where(where.ToPredicate());
        foreach (var sort in order)
        {
            if (sort.Name is { } name)
                departments = departments.ThenOrBy(d => d.Name, name);
            if (sort.Code is { } code)
                departments = departments.ThenOrBy(d => d.Code, code);
        }

        return departments.ThenOrBy(d => d.Id, SortDirection.Asc);
    }
}
