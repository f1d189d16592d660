using Newtonsoft.Json;

namespace BudgetGraph.Tests.Export;

/// <summary>Export URLs as the explorer builds them: /export/{name}.{csv|ndjson}?query=…&amp;variables=….</summary>
internal static class ExportRequest
{
    public static string Url(string file, string query, object? variables = null, string? operationName = null)
    {
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (variables is not null)
            parameters.Add("variables=" + Uri.EscapeDataString(JsonConvert.SerializeObject(variables)));
        if (operationName is not null)
            parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        return "/export/" + file + "?" + string.Join('&', parameters);
    }
}
