using System.Text;

namespace OrderEvents.Handlers.Aws.Signing;

/// <summary>
/// The SigV4 canonical request (AWS General Reference, "Create a canonical request"): method, URI path,
/// sorted query, sorted lower-case headers with collapsed whitespace, the signed header list and the payload hash.
/// </summary>
public sealed record CanonicalRequest(string Text, string SignedHeaders)
{
    public static CanonicalRequest Create(
        string method,
        Uri url,
        IEnumerable<KeyValuePair<string, string>> headers,
        string payloadSha256Hex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(headers);

        var sortedHeaders = headers
            .Select(header => (Name: header.Key.Trim().ToLowerInvariant(), Value: CollapseSpaces(header.Value)))
            .OrderBy(header => header.Name, StringComparer.Ordinal)
            .ToList();
        var signedHeaders = string.Join(';', sortedHeaders.Select(header => header.Name));

        var text = new StringBuilder()
            .Append(method.ToUpperInvariant()).Append('\n')
            .Append(CanonicalPath(url)).Append('\n')
            .Append(CanonicalQuery(url)).Append('\n');
        foreach (var (name, value) in sortedHeaders)
        {
            text.Append(name).Append(':').Append(value).Append('\n');
        }

        text.Append('\n').Append(signedHeaders).Append('\n').Append(payloadSha256Hex);
        return new CanonicalRequest(text.ToString(), signedHeaders);
    }

    // Services other than S3 encode the path as sent on the wire once more.
    private static string CanonicalPath(Uri url)
    {
        var path = url.AbsolutePath;
        if (path.Length == 0 || path == "/")
        {
            return "/";
        }

        return string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }

    private static string CanonicalQuery(Uri url)
    {
        var query = url.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return string.Empty;
        }

        return string.Join('&', query
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => (
                Name: Uri.EscapeDataString(Uri.UnescapeDataString(parts[0])),
                Value: Uri.EscapeDataString(Uri.UnescapeDataString(parts.Length > 1 ? parts[1] : string.Empty))))
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal)
            .Select(pair => pair.Name + "=" + pair.Value));
    }

    private static string CollapseSpaces(string value) =>
        string.Join(' ', value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
