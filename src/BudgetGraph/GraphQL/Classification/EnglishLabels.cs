using System.Reflection;
using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>
/// English labels of classification codes (data/reference/english-labels.tsv, embedded in the API assembly), read once
/// per process. A label belongs to a code, not to a year: the national code list keeps a code's meaning.
/// </summary>
public sealed class EnglishLabels
{
    private const string ResourceName = "BudgetGraph.Reference.english-labels.tsv";

    private readonly Dictionary<(ClassificationScheme Scheme, string Code), EnglishLabel> _labels;

    private EnglishLabels(Dictionary<(ClassificationScheme, string), EnglishLabel> labels) => _labels = labels;

    public static EnglishLabels Default { get; } = Load();

    public EnglishLabel? Of(ClassificationScheme scheme, string code) => _labels.GetValueOrDefault((scheme, code));

    private static EnglishLabels Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        var labels = new Dictionary<(ClassificationScheme, string), EnglishLabel>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (header)
            {
                header = false;
                continue;
            }

            // scheme, code, Chinese name (for reviewers), English label, source.
            var cells = line.Split('\t');
            var scheme = Enum.Parse<ClassificationScheme>(cells[0].Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            labels.Add((scheme, cells[1]), new EnglishLabel(cells[3], cells[4] == "MOF"));
        }

        return new EnglishLabels(labels);
    }
}
