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
    }
}
