using System.Text;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary><c>"value"</c>: the event string is exactly this, character for character.</summary>
internal sealed class ExactStringMatcher(string text) : ValueMatcher
{
    private readonly byte[] utf8 = Encoding.UTF8.GetBytes(text);

    public override bool Matches(in LeafValue value) => value.IsString && value.Utf8.SequenceEqual(utf8);
}
