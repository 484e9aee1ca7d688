using System.Text;

namespace OrderEvents.Local.Sns;

/// <summary>The checks SNS applies to a Publish call before accepting it.</summary>
internal static class PublishValidation
{
    /// <summary>256 KB: the message and its attributes together (SNS counts both).</summary>
    public const int MaxMessageBytes = 262_144;

    /// <summary>Subjects must be shorter than 100 characters.</summary>
    public const int MaxSubjectLength = 99;

    public static void Validate(PublishRequest request)
    {
        if (string.IsNullOrEmpty(request.Message))
        {
            throw new InvalidParameterException("Invalid parameter: Empty message");
        }

        long size = Encoding.UTF8.GetByteCount(request.Message);
        foreach (var (name, value) in request.Attributes ?? EmptyAttributes)
        {
            if (string.IsNullOrEmpty(name) || name.Length > 256)
            {
                throw new InvalidParameterException($"Invalid parameter: Message attribute name '{name}' must be 1-256 characters");
            }

            if (string.IsNullOrEmpty(value))
            {
                throw new InvalidParameterException(
                    $"Invalid parameter: The message attribute '{name}' must contain non-empty message attribute value for message attribute type 'String'.");
            }

            size += Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(value) + "String".Length;
        }

        if (size > MaxMessageBytes)
        {
            throw new InvalidParameterException("Invalid parameter: Message too long");
        }

        if (request.Subject is { } subject && !IsValidSubject(subject))
        {
            throw new InvalidParameterException(
                "Invalid parameter: Subject (must be 1-99 characters without line breaks or control characters)");
        }
    }

    private static bool IsValidSubject(string subject)
    {
        if (subject.Length is 0 or > MaxSubjectLength)
        {
            return false;
        }

        foreach (var c in subject)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyAttributes = new Dictionary<string, string>();
}
