using System.Text.Encodings.Web;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Common.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace BudgetGraph.Startup;

/// <summary>Registers the schema and every execution setting, so any endpoint that runs the DI-registered executer behaves alike.</summary>
public static class BudgetGraphQLServices
{
    public const int MaxQueryDepth = 20;

    public static IServiceCollection AddBudgetGraphQL(this IServiceCollection services)
    {
        // Feature query classes and batch loaders are stateless singletons; loaders keep per-request state in the
        // request's user context.
        foreach (var type in typeof(BudgetSchema).Assembly.GetTypes().Where(IsSingletonService))
            services.AddSingleton(type);

        services.AddGraphQL(builder => builder
            .AddSchema<BudgetSchema>()
            .AddGraphTypes(typeof(BudgetSchema).Assembly)
            // Chinese names stay readable in responses instead of \uXXXX escapes.
            .AddSystemTextJson(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<BudgetErrorInfoProvider>()
            // A public API bounds how deep a query may nest (GraphiQL's introspection query stays well below).
            .AddComplexityAnalyzer(options => options.MaxDepth = MaxQueryDepth)
            // Each resolver opens its own context, so parallel execution would be safe; serial keeps SQLite
            // connections and SQL counts predictable for a read-only API that is mostly batched anyway.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            // Clients see INTERNAL and a generic message; the exception itself goes to the server log.
            .AddUnhandledExceptionHandler(context => context.ExecutionOptions.RequestServices?.GetService<ILogger<BudgetSchema>>()?
                .LogError(context.OriginalException, "Unhandled exception while resolving {Path}.", context.FieldContext?.Path)));
        return services;
    }

    private static bool IsSingletonService(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && (typeof(IQueryFields).IsAssignableFrom(type) || IsBatchLoader(type));

    private static bool IsBatchLoader(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(GraphQL.Common.DataLoading.BatchLoader<,>))
                return true;
        }

        return false;
    }
}
