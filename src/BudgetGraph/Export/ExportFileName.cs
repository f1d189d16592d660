using System.Text;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Export;

/// <summary>
/// The file name stem of an export download, from its URL (<c>/export/{name}.csv</c>): letters (Chinese too), digits,
/// <c>-</c>, <c>_</c> and <c>.</c>, at most 100 characters, not starting with a dot; nothing that could break out of
/// the header or name a path.
/// </summary>
internal static class ExportFileName
{
    public const int MaxLength = 100;

    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxLength && name[0] != '.'
        && name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Sets the content type and <c>Content-Disposition: attachment</c> with the name in ASCII and, exactly, as <c>filename*</c> (RFC 6266).</summary>
    public static void Prepare(HttpResponse response, string name, string extension, string contentType)
    {
        var file = name + "." + extension;
        response.ContentType = contentType;
        response.Headers[HeaderNames.ContentDisposition] =
            $"attachment; filename=\"{Ascii(file)}\"; filename*=UTF-8''{Uri.EscapeDataString(file)}";
    }

    /// <summary>The name for clients that ignore filename*: non-ASCII letters become '_'.</summary>
    private static string Ascii(string file)
    {
        var ascii = new StringBuilder(file.Length);
        foreach (var c in file)
            ascii.Append(char.IsAscii(c) ? c : '_');
        return ascii.ToString();
    }
}
