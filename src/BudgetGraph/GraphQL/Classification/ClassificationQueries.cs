using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.Enums;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>Query.classification and Query.classificationNode.</summary>
public sealed class ClassificationQueries(IDbContextFactory<BudgetDbContext> contexts) : IQueryFields
{
    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassificationNodeGraphType>>>>("classification")
            .Description("科目表: the roots (类) of a scheme's tree in a year (the latest year with codes when omitted).")
            .Argument<NonNullGraphType<ClassificationSchemeGraphType>>("scheme", "分类体系: the code list.")
            .Argument<IntGraphType>("year", "预算年度: fiscal year; the latest year when omitted.")
            .ResolveAsync(async context =>
            {
                var scheme = context.GetArgument<ClassificationScheme>("scheme");
                await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                var nodes = db.ClassificationNodes.AsNoTracking().Where(n => n.Scheme == scheme);
                var year = context.GetArgument<int?>("year") ?? await nodes.MaxAsync(n => (int?)n.Year, context.CancellationToken);
                return await nodes.Where(n => n.Year == year && n.ParentCode == null).OrderBy(n => n.Code).ToListAsync(context.CancellationToken);
            });

        query.Field<ClassificationNodeGraphType>("classificationNode")
            .Description("科目: one code of a scheme in a year (the latest year that has it when omitted); null when unknown.")
            .Argument<NonNullGraphType<ClassificationSchemeGraphType>>("scheme", "分类体系: the code list.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "科目编码, e.g. 20103.")
            .Argument<IntGraphType>("year", "预算年度: fiscal year; the latest year that has the code when omitted.")
            .ResolveAsync(async context =>
            {
                var scheme = context.GetArgument<ClassificationScheme>("scheme");
                var code = context.GetArgument<string>("code");
                var year = context.GetArgument<int?>("year");
                await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                return await db.ClassificationNodes.AsNoTracking()
                    .Where(n => n.Scheme == scheme && n.Code == code && (year == null || n.Year == year))
                    .OrderByDescending(n => n.Year)
                    .FirstOrDefaultAsync(context.CancellationToken);
            });
    }
}
