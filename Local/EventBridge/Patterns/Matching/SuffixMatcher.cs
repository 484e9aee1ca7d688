using System.Text;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary><c>{"suffix": ".png"}</c>: a string value that ends with the suffix.</summary>
internal sealed class SuffixMatcher(string suffix) : ValueMatcher
{
    private readonly byte[] utf8 = Encoding.UTF8.GetBytes(suffix);

    public override bool Matches(in LeafValue value) => value.IsString && value.Utf8.EndsWith(utf8);
}
