using System.Globalization;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// Lists the classification names the documents print beside their codes, as the TSV of
/// data/reference/published-names.tsv: every (scheme, code, name) with the number of documents printing it. Documents
/// that print names without codes (Hangzhou) take their codes from this list, by name under their parent. Writes nothing else.
/// </summary>
internal static class NamesCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var input = InputFiles.Expand(paths);
        if (input.Missing.Count > 0)
        {
            Consoles.WriteError($"no such file or folder: {string.Join(", ", input.Missing)}");
            return ExitCodes.Unusable;
        }

        var seen = new Dictionary<(ClassificationScheme Scheme, string Code, string Name), HashSet<string>>();
        foreach (var path in input.Files)
        {
            var reads = (await CheckCommand.ReadAsync(path, cancellationToken)).Select(f => f.Read).OfType<ReadDisclosure>();
            foreach (var (content, node) in reads.SelectMany(r => r.Content.Classification.Where(n => n.NameOrigin == NameOrigin.Published).Select(n => (r.Content, n))))
            {
                var key = (node.Scheme, node.Code, node.Name);
                if (!seen.TryGetValue(key, out var documents))
                    seen[key] = documents = new HashSet<string>(StringComparer.Ordinal);
                documents.Add(content.DocumentId);
            }
        }

        var output = Console.Out;
        await output.WriteLineAsync("# Classification names as the documents print them beside their codes: every (scheme, code, name) the");
        await output.WriteLineAsync("# importer read, with the number of documents printing it. Documents that print names without codes take");
        await output.WriteLineAsync("# their codes from here, by name under their parent. Regenerate:");
        await output.WriteLineAsync("#   dotnet run --project src/Importer -- names data ../shared/data/disclosures > data/reference/published-names.tsv");
        await output.WriteLineAsync("scheme\tcode\tname\tdocuments");
        foreach (var ((scheme, code, name), documents) in seen.OrderBy(e => e.Key.Scheme).ThenBy(e => e.Key.Code, StringComparer.Ordinal).ThenBy(e => e.Key.Name, StringComparer.Ordinal))
            await output.WriteLineAsync(string.Join('\t', SchemeName(scheme), code, name, documents.Count.ToString(CultureInfo.InvariantCulture)));
        return ExitCodes.Success;
    }

    public static string SchemeName(ClassificationScheme scheme) => scheme switch
    {
        ClassificationScheme.Functional => "FUNCTIONAL",
        ClassificationScheme.EconomicDepartment => "DEPARTMENT",
        _ => "GOVERNMENT",
    };
}
