using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>
/// Strict IP literal parsing: IPv4 only as four dotted decimal octets (so "1" or "10.1" are not
/// addresses, unlike <see cref="IPAddress.TryParse(string, out IPAddress)"/>), IPv6 in any standard form.
/// </summary>
internal static class IpAddressText
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, Span<byte> destination, out int length)
    {
        length = 0;
        if (utf8.IndexOf((byte)':') >= 0)
        {
            return TryParseV6(utf8, destination, out length);
        }

        var octet = 0;
        var digits = 0;
        var index = 0;
        foreach (var b in utf8)
        {
            if (b == (byte)'.')
            {
                if (digits == 0 || index == 3)
                {
                    return false;
                }

                destination[index++] = (byte)octet;
                octet = 0;
                digits = 0;
            }
            else if (b is >= (byte)'0' and <= (byte)'9' && digits < 3)
            {
                octet = (octet * 10) + (b - '0');
                digits++;
                if (octet > 255)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || index != 3)
        {
            return false;
        }

        destination[3] = (byte)octet;
        length = 4;
        return true;
    }

    private static bool TryParseV6(ReadOnlySpan<byte> utf8, Span<byte> destination, out int length)
    {
        length = 0;
        if (utf8.Length > 64 || utf8.IndexOf((byte)'%') >= 0)
        {
            return false;
        }

        Span<char> chars = stackalloc char[64];
        var count = Encoding.UTF8.GetChars(utf8, chars);
        return IPAddress.TryParse(chars[..count], out var address)
            && address.AddressFamily == AddressFamily.InterNetworkV6
            && address.TryWriteBytes(destination, out length);
    }
}
