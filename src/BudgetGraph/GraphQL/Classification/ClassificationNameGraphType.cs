using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>ClassificationName: the name a code had in one year.</summary>
public sealed class ClassificationNameGraphType : ObjectGraphType<ClassificationNode>
{
    public ClassificationNameGraphType()
    {
        Name = "ClassificationName";
        Description = "科目名称沿革 — the name a code had in one year (the national code list renames codes now and then).";
        Field<NonNullGraphType<IntGraphType>>("year").Description("年度: the fiscal year.").Resolve(context => context.Source.Year);
        Field<NonNullGraphType<StringGraphType>>("name").Description("科目名称: the name used that year.").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("published").Description("是否公开文件所载: true when a document of that year prints the name, false when it comes from the reference list.")
            .Resolve(context => context.Source.NameOrigin == NameOrigin.Published);
    }
}
