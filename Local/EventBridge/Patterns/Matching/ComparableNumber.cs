using System.Globalization;

namespace OrderEvents.Local.EventBridge.Patterns.Matching;

/// <summary>
/// EventBridge compares numbers numerically only between -5e9 and 5e9 with at most six decimal
/// places (so 5, 5.0 and 5e0 are equal); other numbers only match their exact literal text.
/// </summary>
internal static class ComparableNumber
{
    private const decimal Limit = 5_000_000_000m;
    private const int MaxDecimals = 6;

    public static bool TryRead(ReadOnlySpan<byte> literal, out decimal value)
    {
        if (!decimal.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        // decimal rounds tiny magnitudes such as 1e-40 to zero; such values are not comparable.
        if (value == 0m && HasNonZeroMantissa(literal))
        {
            return false;
        }

        return Math.Abs(value) <= Limit && decimal.Round(value, MaxDecimals) == value;
    }

    /// <summary>Reads a number written in a pattern; throws with AWS's reason when out of range.</summary>
    public static decimal ReadPatternValue(ReadOnlySpan<byte> literal)
    {
        if (!decimal.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || Math.Abs(value) > Limit)
        {
            throw new ArgumentException("Value must be between -5000000000 and 5000000000, inclusive");
        }

        if (decimal.Round(value, MaxDecimals) != value || (value == 0m && HasNonZeroMantissa(literal)))
        {
            throw new ArgumentException("Only values upto 6 decimals are supported");
        }

        return value;
    }

    private static bool HasNonZeroMantissa(ReadOnlySpan<byte> literal)
    {
        foreach (var b in literal)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }
}
