using System.Text.Encodings.Web;
using System.Text.Json;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>
/// Writes a report as one JSON document on stdout: camelCase, properties in declaration order, Chinese as UTF-8
/// characters rather than \u escapes (the reader is as likely a person with jq as a script), amounts as exact decimals.
/// </summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>Writes UTF-8 bytes to stdout whatever the console's encoding, ending with a newline.</summary>
    public static async Task WriteAsync<T>(T report, CancellationToken cancellationToken)
    {
        await using var stdout = Console.OpenStandardOutput();
        await JsonSerializer.SerializeAsync(stdout, report, Options, cancellationToken);
        await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    /// <summary>Enum names as the GraphQL API spells them: WanYuan → WAN_YUAN.</summary>
    public static string ConstantCase<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
}
