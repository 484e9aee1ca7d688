using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>Presents a scalar <see cref="JsonElement"/> to matchers as a <see cref="LeafValue"/>.</summary>
internal static class ElementLeaf
{
    public static bool IsLeaf(JsonValueKind kind) =>
        kind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True
            or JsonValueKind.False or JsonValueKind.Null;

    /// <summary>Whether any matcher accepts the scalar element.</summary>
    public static bool AnyMatches(ValueMatcher[] matchers, JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var content = raw[1..^1];
                if (content.IndexOf((byte)'\\') >= 0)
                {
                    // Escaped strings are rare in events; unescaping them is the one allocation here.
                    content = Encoding.UTF8.GetBytes(element.GetString()!);
                }

                return AnyMatches(matchers, new LeafValue(LeafKind.String, content));
            case JsonValueKind.Number:
                var comparable = ComparableNumber.TryRead(raw, out var number);
                return AnyMatches(matchers, new LeafValue(LeafKind.Number, raw, comparable, number));
            case JsonValueKind.True:
                return AnyMatches(matchers, new LeafValue(LeafKind.True, raw));
            case JsonValueKind.False:
                return AnyMatches(matchers, new LeafValue(LeafKind.False, raw));
            default:
                return AnyMatches(matchers, new LeafValue(LeafKind.Null, raw));
        }
    }

    private static bool AnyMatches(ValueMatcher[] matchers, in LeafValue value)
    {
        foreach (var matcher in matchers)
        {
            if (matcher.Matches(value))
            {
                return true;
            }
        }

        return false;
    }
}
