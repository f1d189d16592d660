using BudgetGraph.GraphQL.Common.Introspection;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.GraphQL;

/// <summary>The public schema (API.md); its printed SDL is snapshot-tested.</summary>
public sealed class BudgetSchema : Schema
{
    public BudgetSchema(IServiceProvider services, BudgetQuery query)
        : base(services)
    {
        Query = query;
        Description = "BudgetGraph — an open-data GraphQL API over Chinese government budget disclosures.";
        // The introspection graphql-js asks with every option on (getIntrospectionQuery: directiveIsRepeatable,
        // inputValueDeprecation): __Directive.isRepeatable and includeDeprecated on arguments and input fields. Set
        // before anything reads the schema's types, which builds the introspection types from these flags.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Filter = new global::GraphQL.Introspection.ExperimentalIntrospectionFeaturesSchemaFilter();
        // Introspection reads the schema in memory, never the database: GraphiQL's full query (about 970,000 by
        // the list estimate) counts one hundredth, so it passes while aliased floods of it still hit the bound.
        this.WithIntrospectionComplexityImpact(0.01);
    }

    /// <summary>Completes the library's introspection types (<see cref="IntrospectionAdditions"/>).</summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        IntrospectionAdditions.Extend(graphType);
    }
}
