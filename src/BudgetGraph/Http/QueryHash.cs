using System.Security.Cryptography;
using System.Text;

namespace BudgetGraph.Http;

/// <summary>The hash automatic persisted queries name a query by: lowercase hex SHA-256 of its UTF-8 text, exactly as sent.</summary>
internal static class QueryHash
{
    public static string Of(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public static bool IsWellFormed(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigit);
}
