using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Tests.Infrastructure;
using Newtonsoft.Json;

namespace BudgetGraph.Tests.Http;

/// <summary>GET requests as Apollo clients build them: query and/or an automatic persisted query hash in the URL.</summary>
internal static class GraphQLGetRequest
{
    /// <summary>Lowercase hex SHA-256 of the query text, as Apollo's persisted-query link computes it.</summary>
    public static string HashOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public static string PersistedQueryExtension(string hash) =>
        JsonConvert.SerializeObject(new { persistedQuery = new { version = 1, sha256Hash = hash } });

    public static HttpRequestMessage Create(string? query = null, string? hash = null, object? variables = null, string? ifNoneMatch = null)
    {
        var parameters = new List<string>();
        if (query is not null)
            parameters.Add("query=" + Uri.EscapeDataString(query));
        if (variables is not null)
            parameters.Add("variables=" + Uri.EscapeDataString(JsonConvert.SerializeObject(variables)));
        if (hash is not null)
            parameters.Add("extensions=" + Uri.EscapeDataString(PersistedQueryExtension(hash)));
        var request = new HttpRequestMessage(HttpMethod.Get, GraphQLTestClient.Endpoint + "?" + string.Join('&', parameters));
        if (ifNoneMatch is not null)
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return request;
    }

    /// <summary>A POST body with the query (optional) and the persisted-query extension.</summary>
    public static HttpRequestMessage Post(string? query, string hash)
    {
        var json = JsonConvert.SerializeObject(
            new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } },
            new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        return new HttpRequestMessage(HttpMethod.Post, GraphQLTestClient.Endpoint)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
    }
}
