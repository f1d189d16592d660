using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Introspection;

/// <summary>
/// What GraphQL.NET 8's introspection types lack for graphql-js's getIntrospectionQuery with every option on
/// (specifiedByUrl, inputValueDeprecation): <c>__Type.specifiedByURL</c> and <c>includeDeprecated</c> on
/// <c>__Directive.args</c>. Added to the library's own types before the schema initializes them
/// (<see cref="BudgetSchema"/>), so the full query validates and runs.
/// </summary>
public static class IntrospectionAdditions
{
    /// <summary>The metadata key under which a scalar may name its specification (null, the default, for none).</summary>
    public const string SpecifiedByUrlKey = "specifiedByURL";

    public static void Extend(IGraphType graphType)
    {
        if (graphType is not IObjectGraphType type)
            return;
        if (type.Name == "__Type" && !type.HasField("specifiedByURL"))
            AddSpecifiedByUrl(type);
        else if (type.Name == "__Directive" && type.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
            AddIncludeDeprecated(args);
    }

    private static void AddSpecifiedByUrl(IObjectGraphType type) =>
        type.AddField(new FieldType
        {
            Name = "specifiedByURL",
            Description = "`specifiedByURL` may return a String (in the form of a URL) for custom scalars, otherwise it will return `null`.",
            Type = typeof(StringGraphType),
            Resolver = new FuncFieldResolver<string?>(context =>
                context.Source is ScalarGraphType scalar ? scalar.GetMetadata<string?>(SpecifiedByUrlKey) : null),
        });

    /// <summary>Deprecated directive arguments are left out unless asked for, as for field arguments.</summary>
    private static void AddIncludeDeprecated(FieldType args)
    {
        var list = args.Resolver ?? throw new InvalidOperationException("__Directive.args has no resolver.");
        args.Arguments ??= new QueryArguments();
        args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
        args.Resolver = new FuncFieldResolver<object?>(async context =>
        {
            var all = await list.ResolveAsync(context);
            return context.GetArgument<bool>("includeDeprecated") || all is not IEnumerable<QueryArgument> arguments
                ? all
                : arguments.Where(a => a.DeprecationReason is null).ToList();
        });
    }
}
