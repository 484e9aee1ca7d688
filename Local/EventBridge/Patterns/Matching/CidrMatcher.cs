namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary><c>{"cidr": "10.0.0.0/24"}</c>: a string value that is an IP address inside the block.</summary>
internal sealed class CidrMatcher(IpNetwork network) : ValueMatcher
{
    public override bool Matches(in LeafValue value)
    {
        if (!value.IsString)
        {
            return false;
        }

        Span<byte> address = stackalloc byte[16];
        return IpAddressText.TryParse(value.Utf8, address, out var length) && network.Contains(address[..length]);
    }
}
