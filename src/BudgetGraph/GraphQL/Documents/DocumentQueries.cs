using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>Query.documents.</summary>
public sealed class DocumentQueries(IDbContextFactory<BudgetDbContext> contexts) : IQueryFields
{
    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;

    public void AddTo(ObjectGraphType query)
    {
        var documents = query.Field<NonNullGraphType<DocumentConnectionGraphType>>("documents")
            .Description("公开文件: imported documents by year and id, filtered and paged.")
            .Argument<DocumentFilterInputType>("where", "筛选: filter.");
        PageRequest.AddArguments(documents);
        documents.ResolveAsync(async context =>
        {
            var where = context.GetArgument<DocumentFilter?>("where");
            var page = PageRequest.From(context);
            return await Paginator.PageAsync(_contexts, db => Query(db, where), page, context.CancellationToken);
        });
    }

    private static IQueryable<Document> Query(BudgetDbContext db, DocumentFilter? where)
    {
        IQueryable<Document> documents = db.Documents.AsNoTracking();
        if (where is not null)
            documents = documents.Where(where.ToPredicate());
        return documents.OrderBy(d => d.Year).ThenBy(d => d.Id);
    }
}
