namespace Importer.Tests.Infrastructure;

/// <summary>
/// Many distinct documents for multi-document imports: copies of the reference disclosure, each for another department
/// of the same region (code 028 and its unit 028001 renumbered, the department's name changed everywhere it appears).
/// </summary>
public static class ReferenceCopies
{
    private const string Name = "新乡市红旗区行政审批和政务信息管理局";

    /// <summary>Writes <paramref name="count"/> copies into <paramref name="folder"/> (department codes 100, 101, …).</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var text = await File.ReadAllTextAsync(RepositoryPaths.ReferenceDisclosure);
        var files = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var code = (100 + i).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            var copy = text.Replace("028", code, StringComparison.Ordinal).Replace(Name, $"新乡市红旗区合成测试局{code}", StringComparison.Ordinal);
            var path = Path.Combine(folder, $"xinxiang-hongqi_synthetic-{code}_2026_budget_dept.txt");
            await File.WriteAllTextAsync(path, copy);
            files.Add(path);
        }

        return files;
    }
}
