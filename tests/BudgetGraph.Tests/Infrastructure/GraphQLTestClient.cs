using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Infrastructure;

/// <summary>
/// Talks to the test host exactly as a client would: GraphQL over HTTP. Responses are parsed with decimals kept
/// exact (195.60 stays 195.60, not a double) and dates left as strings, so snapshots and number asserts are stable.
/// </summary>
public sealed class GraphQLTestClient(HttpClient http)
{
    public const string Endpoint = "/graphql";

    private static readonly JsonSerializerSettings _requestSettings = new() { NullValueHandling = NullValueHandling.Ignore };

    private readonly HttpClient _http = http;

    /// <summary>POSTs the query, asserts a 2xx status and returns the whole response ({data, errors}).</summary>
    public async Task<JToken> QueryAsync(string query, object? variables = null, string? operationName = null)
    {
        using var response = await PostAsync(query, variables, operationName);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode} for {query}\n{body}");
        return Parse(body);
    }

    /// <summary>The raw POST, for transport tests that look at status codes and headers.</summary>
    public Task<HttpResponseMessage> PostAsync(
        string query, object? variables = null, string? operationName = null, string? accept = null)
    {
        var json = JsonConvert.SerializeObject(new { query, variables, operationName }, _requestSettings);
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        return SendAsync(request, accept);
    }

    /// <summary>The raw GET with query-string parameters (variables JSON-encoded).</summary>
    public Task<HttpResponseMessage> GetAsync(
        string query, object? variables = null, string? operationName = null, string? accept = null)
    {
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (variables is not null)
            parameters.Add("variables=" + Uri.EscapeDataString(JsonConvert.SerializeObject(variables)));
        if (operationName is not null)
            parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        return SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint + "?" + string.Join('&', parameters)), accept);
    }

    /// <summary>Sends any request (malformed bodies, preflights) with an optional Accept header.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? accept = null)
    {
        if (accept is not null)
            request.Headers.Add("Accept", accept);
        return _http.SendAsync(request);
    }

    public static async Task<JToken> ReadJsonAsync(HttpResponseMessage response) =>
        Parse(await response.Content.ReadAsStringAsync());

    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            FloatParseHandling = FloatParseHandling.Decimal,
            DateParseHandling = DateParseHandling.None,
        };
        return JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
    }
}
