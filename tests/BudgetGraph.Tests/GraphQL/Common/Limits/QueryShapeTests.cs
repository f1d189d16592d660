using System.Text.RegularExpressions;
using BudgetGraph.GraphQL.Common.Limits;
using BudgetGraph.Tests.Infrastructure;
using GraphQLParser.Exceptions;

namespace BudgetGraph.Tests.GraphQL.Common.Limits;

/// <summary>
/// The linear pass before the parser: it accepts exactly what the parser accepts (so no client's valid query is refused,
/// and no syntax error reaches the parser's quadratic message), locates errors where the parser does, and refuses
/// text past each limit.
/// </summary>
public sealed partial class QueryShapeTests
{
    public static TheoryData<string> Documents()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var data = new TheoryData<string>();
        foreach (Match block in GraphQLBlock().Matches(readme))
            data.Add(block.Groups["query"].Value);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData"), "*.graphql"))
            data.Add(File.ReadAllText(file));
        string[] written =
        [
            "{ years }",
            "query Q($a: [Int!]! = [1, 2], $b: String = \"x\\\"y\" @deprecated) @skip(if: false) { ... on Query { years } alias: years @include(if: $c) }",
            "{ f(x: 1.5e3, y: -0, z: \"\"\"block \"\" \\\"\"\" string\"\"\", w: {a: [null, true, ENUM, {}], b: []}, v: $v) }",
            "fragment onX on on { on } { ...onX }",
            "fragment F on Query @d { years } query { ...F @include(if: true) ... @skip(if: false) { years } }",
            "# a comment\r\n{\r\n  years # another\n  , regions { code }\n}\n",
            "\uFEFF{ years }",
            "subscription { x } mutation M { y }",
            "{ a(b: -1.0E-3, c: 0, d: \"\\u00e9\") }",
        ];
        foreach (var query in written)
            data.Add(query);
        return data;
    }

    public static TheoryData<string> Malformed() =>
    [
        "{ !}",
        "{}",
        "{ years",
        "{ years(first: ) }",
        "{ years(first: 01) }",
        "{ years(first: 1.) }",
        "{ years(first: 1e) }",
        "{ years(first: 1x) }",
        "{ a(b: \"unterminated) }",
        "{ a(b: \"\"\"unterminated) }",
        "{ a } }",
        "query ($) { a }",
        "query ($a) { a }",
        "query ($a: ) { a }",
        "query ($a: [Int) { a }",
        "fragment on on Query { a }",
        "fragment F Query { a }",
        "{ ... }",
        "{ a @ }",
        "{ a(b: [1, 2) }",
        "{ a(b: {c 1}) }",
        "{ a ? }",
        "{\n  a\n  ..\n}",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Check_WhatTheParserAccepts_Accepted(string query)
    {
        GraphQLParser.Parser.Parse(query);

        Assert.Null(QueryShape.Check(query));
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Check_WhatTheParserRefuses_RefusedAtTheSameLineAndColumn(string query)
    {
        var parser = Assert.ThrowsAny<GraphQLParserException>(() => GraphQLParser.Parser.Parse(query));

        var problem = QueryShape.Check(query);

        Assert.NotNull(problem);
        Assert.True(problem.IsSyntax, problem.Message);
        Assert.Equal((parser.Location.Line, parser.Location.Column), (problem.Line, problem.Column));
    }

    [Fact]
    public void Check_FragmentsEachSpreadingThePreviousTwice_RefusedWithoutExpandingThem()
    {
        var fragments = Enumerable.Range(1, 60).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}");
        var query = "{ ...F60 }\nfragment F0 on Query { years }\n" + string.Join("\n", fragments);

        var problem = QueryShape.Check(query);

        Assert.NotNull(problem);
        Assert.False(problem.IsSyntax);
        Assert.Contains("fragments expanded", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FragmentsWithinTheExpandedLimit_Accepted()
    {
        // 2^12 = 4,096 fields once expanded: under 5,000.
        var fragments = Enumerable.Range(1, 12).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}");

        Assert.Null(QueryShape.Check("{ ...F12 }\nfragment F0 on Query { years }\n" + string.Join("\n", fragments)));
    }

    [Fact]
    public void Check_TypeDefinition_RefusedAsNotExecutable()
    {
        // The parser reads type system definitions and validation refuses them; read here, they never get that far.
        var problem = QueryShape.Check("type Query { a: Int }");

        Assert.NotNull(problem);
        Assert.True(problem.IsSyntax);
        Assert.Contains("executable documents only", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FragmentSpreadingItself_LeftToValidation()
    {
        Assert.Null(QueryShape.Check("{ ...A } fragment A on Query { years ...B } fragment B on Query { ...A }"));
    }

    [Theory]
    [InlineData("characters", 33_000, "characters")]
    [InlineData("tokens", 0, "tokens")]
    [InlineData("fields", 0, "fields")]
    [InlineData("fragments", 0, "fragments")]
    [InlineData("directives", 0, "directives")]
    [InlineData("depth", 0, "levels deep")]
    public void Check_PastALimit_TooLargeNamingIt(string limit, int length, string named)
    {
        var query = limit switch
        {
            "characters" => "{ years }" + new string(' ', length),
            "tokens" => "{ a(b: [" + string.Concat(Enumerable.Repeat("1 ", QueryLimits.Default.MaxTokens)) + "]) }",
            "fields" => "{ " + string.Concat(Enumerable.Repeat("years ", QueryLimits.Default.MaxFields + 1)) + "}",
            "fragments" => "{ years }" + string.Concat(Enumerable.Range(0, QueryLimits.Default.MaxFragments + 1).Select(i => $" fragment F{i} on Query {{ years }}")),
            "directives" => "{ years" + string.Concat(Enumerable.Repeat(" @skip(if: false)", QueryLimits.Default.MaxDirectivesPerLocation + 1)) + " }",
            _ => string.Concat(Enumerable.Repeat("{ a ", QueryLimits.Default.MaxDepth + 1)) + new string('}', QueryLimits.Default.MaxDepth + 1),
        };

        var problem = QueryShape.Check(query);

        Assert.NotNull(problem);
        Assert.False(problem.IsSyntax, problem.Message);
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("```graphql\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
