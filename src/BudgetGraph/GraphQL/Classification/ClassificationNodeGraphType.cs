using System.Text.Json;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.BudgetLines;
using BudgetGraph.GraphQL.Common.DataLoading;
using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Money;
using BudgetGraph.GraphQL.Documents;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>ClassificationNode: a code of one scheme in one year.</summary>
public sealed class ClassificationNodeGraphType : ObjectGraphType<ClassificationNode>
{
    public ClassificationNodeGraphType(NodeByKeyLoader nodes, ChildrenByParentLoader children, AmountByNodeLoader amounts, NamesByCodeLoader names, CrosswalkByNodeLoader crosswalks)
    {
        Name = "ClassificationNode";
        Description = "科目 — a code of a classification scheme, with the name used that year.";
        Field<NonNullGraphType<ClassificationSchemeGraphType>>("scheme").Description("分类体系: the code list.").Resolve(context => context.Source.Scheme);
        Field<NonNullGraphType<StringGraphType>>("code").Description("科目编码, e.g. 201, 20103, 2010301.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("科目名称 as published that year (or from the national reference list).").Resolve(context => context.Source.Name);
        Field<StringGraphType>("nameEn").Description("英文名称: English label (data/reference/english-labels.tsv); null where none is known.")
            .Resolve(context => EnglishLabels.Default.Of(context.Source.Scheme, context.Source.Code)?.Text);
        Field<NonNullGraphType<BooleanGraphType>>("nameEnOfficial").Description("英文名称来源: true for an official translation (Ministry of Finance), false for the project's own translation or no label.")
            .Resolve(context => EnglishLabels.Default.Of(context.Source.Scheme, context.Source.Code)?.Official ?? false);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassificationNameGraphType>>>>("names")
            .Description("名称沿革: the code's name in every year that has it, by year; two different names mean the code was renamed.")
            .Resolve(context => names.Load(context, new SchemeCode(context.Source.Scheme, context.Source.Code)));
        Field<NonNullGraphType<BooleanGraphType>>("namePublished").Description("名称来源: true when the name is printed in a document of that year, false when it comes from the reference list.")
            .Resolve(context => context.Source.NameOrigin == NameOrigin.Published);
        Field<NonNullGraphType<IntGraphType>>("level").Description("1 = 类, 2 = 款, 3 = 项.").Resolve(context => context.Source.Level);
        Field<NonNullGraphType<IntGraphType>>("year").Description("年度: the year whose code list this node belongs to.").Resolve(context => context.Source.Year);
        Field<ClassificationNodeGraphType>("parent").Description("The enclosing 类 or 款; null for a 类.")
            .Resolve(context => context.Source.ParentCode is { } parent
                ? nodes.Load(context, new NodeKey(context.Source.Scheme, context.Source.Year, parent))
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassificationNodeGraphType>>>>("children").Description("The 款 of a 类, the 项 of a 款.")
            .Resolve(context => children.Load(context, new NodeKey(context.Source.Scheme, context.Source.Year, context.Source.Code)));
        Field<Common.Money.DecimalGraphType>("amount")
            .Description("合计: rolled up over every line classified under this code (department-scope documents); null when none.")
            .AmountArguments()
            .UnitArgument()
            .Resolve(context =>
            {
                var unit = context.Unit();
                return amounts.Load(context, AmountKey(context)).Then(group => AmountConverter.Convert(group?.Amount, unit));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceRefGraphType>>>>("sources")
            .Description("出处: every published cell the rolled-up amount adds up (same arguments as amount).")
            .AmountArguments()
            .Resolve(context => amounts.Load(context, AmountKey(context)).Then(group => group?.Sources ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CrosswalkRowGraphType>>>>("crosswalk")
            .Description("经济分类对照: for an economic code, the codes of the other economic scheme its lines were paired with (30101 基本工资 → 50101, 50501) and the amounts; empty for functional codes.")
            .AmountArguments()
            .Resolve(context => crosswalks.Load(context, AmountKey(context)));
    }

    private static NodeAmountKey AmountKey(IResolveFieldContext<ClassificationNode> context) =>
        new(context.Source.Scheme, context.Source.Code, context.GetArgument<int>("year"), context.GetArgument("stage", BudgetStage.Budget),
            JsonSerializer.Serialize(context.GetArgument<BudgetLineFilter?>("where")));
}
