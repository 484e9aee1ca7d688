using System.Text;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>An IPv4 or IPv6 CIDR block such as <c>10.0.0.0/24</c> or <c>2001:db8::/32</c>.</summary>
internal sealed class IpNetwork
{
    private readonly byte[] network;
    private readonly int prefixBits;

    private IpNetwork(byte[] network, int prefixBits)
    {
        this.network = network;
        this.prefixBits = prefixBits;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with AWS's reason for a malformed block.</summary>
    public static IpNetwork Parse(string cidr)
    {
        var parts = cidr.Split('/');
        if (parts.Length != 2)
        {
            throw new ArgumentException("Malformed CIDR, one '/' required");
        }

        if (!int.TryParse(parts[1], System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out var bits))
        {
            throw new ArgumentException("Malformed CIDR, mask bits must be an integer");
        }

        if (bits < 0)
        {
            throw new ArgumentException("Malformed CIDR, mask bits must not be negative");
        }

        Span<byte> address = stackalloc byte[16];
        if (!IpAddressText.TryParse(Encoding.UTF8.GetBytes(parts[0]), address, out var length))
        {
            throw new ArgumentException($"Invalid IP address: {parts[0]}");
        }

        // EventBridge caps the mask one bit below the address width (a /32 or /128 is a plain address).
        if (length == 4 && bits > 31)
        {
            throw new ArgumentException("IPv4 mask bits must be < 32");
        }

        if (length == 16 && bits > 127)
        {
            throw new ArgumentException("IPv6 mask bits must be < 128");
        }

        return new IpNetwork(address[..length].ToArray(), bits);
    }

    public bool Contains(ReadOnlySpan<byte> address)
    {
        if (address.Length != network.Length)
        {
            return false;
        }

        var fullBytes = prefixBits / 8;
        if (!address[..fullBytes].SequenceEqual(network.AsSpan(0, fullBytes)))
        {
            return false;
        }

        var remaining = prefixBits % 8;
        if (remaining == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - remaining));
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
