using System.Text.Json;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.BudgetLines;
using BudgetGraph.GraphQL.Common.DataLoading;
using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Money;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>ClassificationNode: a code of one scheme in one year.</summary>
public sealed class ClassificationNodeGraphType : ObjectGraphType<ClassificationNode>
{
    public ClassificationNodeGraphType(NodeByKeyLoader nodes, ChildrenByParentLoader children, AmountByNodeLoader amounts)
    {
        Name = "ClassificationNode";
        Description = "科目 — a code of a classification scheme, with the name used that year.";
        Field<NonNullGraphType<ClassificationSchemeGraphType>>("scheme").Description("The code list.").Resolve(context => context.Source.Scheme);
        Field<NonNullGraphType<StringGraphType>>("code").Description("科目编码, e.g. 201, 20103, 2010301.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("科目名称 as published that year (or from the national reference list).").Resolve(context => context.Source.Name);
        Field<StringGraphType>("nameEn").Description("English label where one is known.").Resolve(_ => null);
        Field<NonNullGraphType<BooleanGraphType>>("namePublished").Description("True when the name is printed in a document of that year, false when it comes from the reference list.")
            .Resolve(context => context.Source.NameOrigin == NameOrigin.Published);
        Field<NonNullGraphType<IntGraphType>>("level").Description("1 = 类, 2 = 款, 3 = 项.").Resolve(context => context.Source.Level);
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year whose code list this node belongs to.").Resolve(context => context.Source.Year);
        Field<ClassificationNodeGraphType>("parent").Description("The enclosing 类 or 款; null for a 类.")
            .Resolve(context => context.Source.ParentCode is { } parent
                ? nodes.Load(context, new NodeKey(context.Source.Scheme, context.Source.Year, parent))
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassificationNodeGraphType>>>>("children").Description("The 款 of a 类, the 项 of a 款.")
            .Resolve(context => children.Load(context, new NodeKey(context.Source.Scheme, context.Source.Year, context.Source.Code)));
        Field<Common.Money.DecimalGraphType>("amount")
            .Description("合计: rolled up over every line classified under this code (department-scope documents); null when none.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Fiscal year.")
            .Argument<BudgetLineFilterInputType>("where", "Filter, ANDed with year and stage.")
            .Argument<BudgetStageGraphType>("stage", "预算 or 决算.", argument => argument.DefaultValue = BudgetStage.Budget)
            .UnitArgument()
            .Resolve(context =>
            {
                var where = context.GetArgument<BudgetLineFilter?>("where");
                var key = new NodeAmountKey(
                    context.Source.Scheme, context.Source.Code, context.GetArgument<int>("year"), context.GetArgument("stage", BudgetStage.Budget),
                    JsonSerializer.Serialize(where));
                var unit = context.Unit();
                return amounts.Load(context, key).Then(amount => AmountConverter.Convert(amount, unit));
            });
    }
}
