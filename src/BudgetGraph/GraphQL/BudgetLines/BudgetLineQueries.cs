using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.Filtering;
using BudgetGraph.GraphQL.Common.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.BudgetLines;

/// <summary>Query.budgetLines.</summary>
public sealed class BudgetLineQueries(IDbContextFactory<BudgetDbContext> contexts) : IQueryFields
{
    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;

    public void AddTo(ObjectGraphType query)
    {
        var lines = query.Field<NonNullGraphType<BudgetLineConnectionGraphType>>("budgetLines")
            .Description("预算明细: every published fact, filtered, sorted and paged (by id unless ordered).")
            .Argument<BudgetLineFilterInputType>("where", "筛选: filter.")
            .Argument<ListGraphType<NonNullGraphType<BudgetLineSortInputType>>>("order", "排序: sort order; entries apply in sequence.");
        PageRequest.AddArguments(lines);
        lines.ResolveAsync(async context =>
        {
            var where = context.GetArgument<BudgetLineFilter?>("where");
            var order = context.GetArgument<List<BudgetLineSort>?>("order") ?? [];
            var page = PageRequest.From(context);
            return await Paginator.PageAsync(_contexts, db => Query(db, where, order), page, context.CancellationToken);
        });
    }

    private static IQueryable<BudgetLine> Query(BudgetDbContext db, BudgetLineFilter? where, List<BudgetLineSort> order)
    {
        IQueryable<BudgetLine> lines = db.BudgetLines.AsNoTracking();
        if (where is not null)
            lines = lines.Where(where.ToPredicate(db));
        foreach (var sort in order)
        {
            if (sort.Year is { } year)
                lines = lines.ThenOrBy(l => l.Year, year);
            if (sort.Amount is { } amount)
                lines = lines.ThenOrBy(l => l.Amount, amount);
            if (sort.Functional is { } functional)
                lines = lines.ThenOrBy(l => l.FunctionalCode, functional);
            if (sort.Department is { } department)
                lines = lines.ThenOrBy(l => l.DepartmentId, department);
        }

        return lines.ThenOrBy(l => l.Id, SortDirection.Asc);
    }
}
