using System.Xml;

namespace OrderEvents.Handlers.Aws.Sns;

/// <summary>Reads the Query-protocol XML documents SNS answers with, without reflection-based serialization.</summary>
public static class SnsResponseReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The <c>PublishResponse/PublishResult/MessageId</c>; null when the body is not such a document.</summary>
    public static string? ReadMessageId(ReadOnlyMemory<byte> body)
    {
        var leaves = ReadLeaves(body, "PublishResponse");
        return leaves is not null && leaves.TryGetValue("PublishResult/MessageId", out var id) && id.Length > 0 ? id : null;
    }

    /// <summary>The <c>ErrorResponse/Error</c>; null when the body is not such a document or has no Code.</summary>
    public static SnsError? ReadError(ReadOnlyMemory<byte> body)
    {
        var leaves = ReadLeaves(body, "ErrorResponse");
        if (leaves is null || !leaves.TryGetValue("Error/Code", out var code) || code.Length == 0)
        {
            return null;
        }

        return new SnsError(
            leaves.GetValueOrDefault("Error/Type", string.Empty),
            code,
            leaves.GetValueOrDefault("Error/Message", string.Empty),
            leaves.GetValueOrDefault("RequestId"));
    }

    // Maps "Child/Grandchild" paths under the root element to their text; null when the root differs or the XML is broken.
    private static Dictionary<string, string>? ReadLeaves(ReadOnlyMemory<byte> body, string rootName)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = new List<string>();
        try
        {
            using var stream = new MemoryStream(body.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != rootName)
            {
                return null;
            }

            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when !reader.IsEmptyElement:
                        path.Add(reader.LocalName);
                        break;
                    case XmlNodeType.EndElement when path.Count > 0:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when path.Count > 0:
                        leaves[string.Join('/', path)] = reader.Value.Trim();
                        break;
                }
            }

            return leaves;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
