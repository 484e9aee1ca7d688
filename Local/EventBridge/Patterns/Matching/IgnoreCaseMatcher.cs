using System.Buffers;
using System.Text;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

internal enum IgnoreCaseMode
{
    Equals,
    Prefix,
    Suffix,
}

/// <summary>
/// <c>{"equals-ignore-case": ...}</c> and the ignore-case forms of prefix and suffix: compares
/// string values with Unicode simple case folding.
/// </summary>
internal sealed class IgnoreCaseMatcher(string text, IgnoreCaseMode mode) : ValueMatcher
{
    private const int StackLimit = 256;

    public override bool Matches(in LeafValue value)
    {
        if (!value.IsString)
        {
            return false;
        }

        var bytes = value.Utf8;
        char[]? rented = null;
        var buffer = bytes.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(bytes.Length));
        try
        {
            var chars = buffer[..Encoding.UTF8.GetChars(bytes, buffer)];
            return mode switch
            {
                IgnoreCaseMode.Prefix => chars.StartsWith(text, StringComparison.OrdinalIgnoreCase),
                IgnoreCaseMode.Suffix => chars.EndsWith(text, StringComparison.OrdinalIgnoreCase),
                _ => chars.Equals(text, StringComparison.OrdinalIgnoreCase),
            };
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
