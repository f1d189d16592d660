using BudgetGraph.Ingest.Validation;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>Query.checks: the importer's registry of reconciliation checks, served as it is (no database read).</summary>
public sealed class CheckQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckGraphType>>>>("checks")
            .Description("核对规则: every reconciliation check, by the code its findings carry.")
            .Resolve(_ => CheckRegistry.All);
}
