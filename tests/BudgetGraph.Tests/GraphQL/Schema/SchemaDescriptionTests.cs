using System.Text.RegularExpressions;
using BudgetGraph.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Tests.GraphQL.Schema;

/// <summary>
/// The schema documents itself: every type, field, argument, input field and enum value of the API has a description,
/// each naming its Chinese term beside the English explanation.
/// </summary>
public sealed partial class SchemaDescriptionTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    /// <summary>The scalars the GraphQL specification defines: the printed SDL leaves them out, so they carry no description.</summary>
    private static readonly HashSet<string> _specifiedScalars = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>Types GraphQL.NET defines with its own English descriptions.</summary>
    private static readonly HashSet<string> _libraryTypes = ["DateTime", "PageInfo"];

    [Fact]
    public void Schema_EveryTypeFieldArgumentAndEnumValue_HasADescription()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !_specifiedScalars.Contains(t.Name)))
        {
            var ours = !_libraryTypes.Contains(type.Name);
            Require(missing, type.Name, type.Description, ours);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Require(missing, $"{type.Name}.{field.Name}", field.Description, ours);
                    foreach (var argument in field.Arguments ?? [])
                        Require(missing, $"{type.Name}.{field.Name}({argument.Name})", argument.Description, ours);
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                    Require(missing, $"{type.Name}.{value.Name}", value.Description, ours);
            }
        }

        Assert.True(missing.Count == 0, "Undocumented: " + string.Join(", ", missing));
    }

    /// <param name="chinese">Whether the description must also name the Chinese term (our types, not the library's).</param>
    private static void Require(List<string> missing, string element, string? description, bool chinese)
    {
        if (string.IsNullOrWhiteSpace(description))
            missing.Add(element);
        else if (chinese && !HasChinese(description))
            missing.Add($"{element} (no Chinese term)");
    }

    private static bool HasChinese(string? text) => text is not null && Chinese().IsMatch(text);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
