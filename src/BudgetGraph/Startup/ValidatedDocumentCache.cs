using System.Collections.Concurrent;
using BudgetGraph.GraphQL.Common.Paging;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace BudgetGraph.Startup;

/// <summary>
/// Keeps the parsed document of every query text that passed validation, so a repeated query skips parsing and the
/// schema validation rules (measured: about half of a simple breakdown request's CPU time). The rules that depend on
/// the request run again on a cached document: argument validators (page sizes may come from variables), the
/// complexity analyzer, every rule added beside the core list and those marked for cached documents (the HTTP layer's
/// query-only-over-GET rule). Bounded by entry count: beyond it, new texts are just not cached.
/// </summary>
public sealed class ValidatedDocumentCache(int capacity) : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly int _capacity = capacity;

    /// <summary>After the configurations that assemble the validation rule lists (default order 0).</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
            return await next(options);

        if (_documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            // Schema-only rules (the core list) are settled for this text; argument validators (page sizes), the
            // complexity analyzer and the HTTP layer's rules depend on the request and run again.
            var rules = (options.CachedDocumentValidationRules ?? []).ToList();
            rules.AddRange((options.ValidationRules ?? []).Where(r => !rules.Contains(r)
                && (r is FieldArgumentsAreValidRule or QueryCostRule || !DocumentValidator.CoreRules.Contains(r))));
            options.ValidationRules = rules;
            return await next(options);
        }

        var result = await next(options);
        // Executed means the document parsed and passed every rule: only such documents are reused.
        if (result.Executed && result.Document is { } validated && _documents.Count < _capacity)
            _documents.TryAdd(query, validated);
        return result;
    }
}
