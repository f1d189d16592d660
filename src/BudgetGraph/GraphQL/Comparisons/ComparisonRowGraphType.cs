using BudgetGraph.GraphQL.Common.Money;
using BudgetGraph.GraphQL.Documents;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>ComparisonRow.</summary>
public sealed class ComparisonRowGraphType : ObjectGraphType<ComparisonRow>
{
    public ComparisonRowGraphType()
    {
        Name = "ComparisonRow";
        Description = "同比 — one group compared between a base year and a year.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("分组键: group key, as in breakdown.").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("label").Description("名称: name as published.").Resolve(context => context.Source.Label);
        this.NullableAmountField("base", "上年数 (base year); null = not present in the base year.", row => row.Base);
        this.NullableAmountField("current", "本年数 (compared year); null = not present in the compared year.", row => row.Current);
        this.NullableAmountField("change", "增减额: current − base.", row => row.Change);
        Field<FloatGraphType>("changePercent").Description("增减率 in percent (−33.81); null when the base is 0 or null.").Resolve(context => context.Source.ChangePercent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceRefGraphType>>>>("baseSources").Description("上年数出处: the published cells the base amount adds up (empty for a STATED base, which the narrative gives: see statedSource).")
            .Resolve(context => Sources(context.Source).Base);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceRefGraphType>>>>("sources").Description("本年数出处: the published cells the current amount adds up.")
            .Resolve(context => Sources(context.Source).Current);
        Field<NonNullGraphType<ComparisonBasisGraphType>>("basis").Description("比较依据: DOCUMENTS or STATED (a figure stated in a narrative).").Resolve(context => context.Source.Basis);
        this.NullableAmountField("statedChange", "说明所述增减: the change the narrative states, when it does.", row => row.Stated?.Change);
        Field<StringGraphType>("statedReason").Description("主要原因: the reason the narrative gives.").Resolve(context => context.Source.Stated?.Reason);
        Field<StringGraphType>("statedText").Description("说明原文: the narrative sentence (正文, not a table) that states statedChange, as published; several narratives' sentences are joined by line breaks; null when no narrative states it.")
            .Resolve(context => context.Source.Stated?.Sources.Where(s => s.Text is not null).Select(s => s.Text).ToList() is [_, ..] texts ? string.Join("\n", texts) : null);
        Field<NarrativeSourceGraphType>("statedSource").Description("说明出处: where the narrative (正文) states statedChange — document, line and sentence; null when no narrative states it or several add up (see statedSources).")
            .Resolve(context => context.Source.Stated?.Sources is [var only] ? only : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NarrativeSourceGraphType>>>>("statedSources").Description("说明出处: every narrative sentence (正文) whose stated changes add up to statedChange, one per document; empty when no narrative states it.")
            .Resolve(context => context.Source.Stated?.Sources ?? []);
    }

    private static ComparisonSources Sources(ComparisonRow row) =>
        row.Sources ?? throw new InvalidOperationException("comparison rows were read without their sources");
}
