using System.Text;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary><c>{"prefix": "us-"}</c>: a string value that begins with the prefix.</summary>
internal sealed class PrefixMatcher(string prefix) : ValueMatcher
{
    private readonly byte[] utf8 = Encoding.UTF8.GetBytes(prefix);

    public override bool Matches(in LeafValue value) => value.IsString && value.Utf8.StartsWith(utf8);
}
