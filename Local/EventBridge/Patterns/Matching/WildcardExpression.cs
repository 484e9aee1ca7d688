using System.Text;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>
/// A wildcard value split at its unescaped <c>*</c> characters. <c>\*</c> is a literal star and
/// <c>\\</c> a literal backslash; <c>**</c> and any other escape are rejected as AWS does.
/// </summary>
internal sealed class WildcardExpression
{
    private readonly byte[][] segments;

    private WildcardExpression(byte[][] segments) => this.segments = segments;

    /// <summary>Throws <see cref="ArgumentException"/> with AWS's reason; positions count as AWS's do.</summary>
    public static WildcardExpression Parse(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var segments = new List<byte[]>();
        var current = new List<byte>();
        for (var i = 0; i < bytes.Length; i++)
        {
            // AWS reports positions within the quoted value, hence the + 1.
            switch (bytes[i])
            {
                case (byte)'*' when i + 1 < bytes.Length && bytes[i + 1] == (byte)'*':
                    throw new ArgumentException($"Consecutive wildcard characters at pos {i + 1}");
                case (byte)'*':
                    segments.Add([.. current]);
                    current.Clear();
                    break;
                case (byte)'\\' when i + 1 < bytes.Length && bytes[i + 1] is (byte)'*' or (byte)'\\':
                    current.Add(bytes[++i]);
                    break;
                case (byte)'\\':
                    throw new ArgumentException($"Invalid escape character at pos {i + 1}");
                default:
                    current.Add(bytes[i]);
                    break;
            }
        }

        segments.Add([.. current]);
        return new WildcardExpression([.. segments]);
    }

    public bool Matches(ReadOnlySpan<byte> value)
    {
        var first = segments[0];
        if (segments.Length == 1)
        {
            return value.SequenceEqual(first);
        }

        var last = segments[^1];
        if (value.Length < first.Length + last.Length || !value.StartsWith(first) || !value.EndsWith(last))
        {
            return false;
        }

        // Greedy left-most placement of the middle segments is optimal when the only operator is '*'.
        var rest = value[first.Length..^last.Length];
        for (var i = 1; i < segments.Length - 1; i++)
        {
            var index = rest.IndexOf(segments[i]);
            if (index < 0)
            {
                return false;
            }

            rest = rest[(index + segments[i].Length)..];
        }

        return true;
    }
}
