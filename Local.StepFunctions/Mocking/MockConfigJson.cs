using System.Text.Json;

namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>Shape checks shared by the mock config readers; every failure names the location and what was expected.</summary>
internal static class MockConfigJson
{
    /// <summary>The members of an object, in file order, rejecting duplicate keys (a dictionary would keep only one).</summary>
    public static IReadOnlyList<JsonProperty> Members(JsonElement element, string location, string expected)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new MockConfigException($"{location}: expected {expected}, found {Describe(element)}.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<JsonProperty>();
        foreach (var member in element.EnumerateObject())
        {
            if (!names.Add(member.Name))
            {
                throw new MockConfigException($"{location}: key '{member.Name}' appears more than once.");
            }

            members.Add(member);
        }

        return members;
    }

    /// <summary>Rejects keys outside <paramref name="allowed"/>, so a misspelt field is reported instead of ignored.</summary>
    public static void OnlyKnownKeys(IReadOnlyList<JsonProperty> members, string location, params string[] allowed)
    {
        foreach (var member in members)
        {
            if (!allowed.Contains(member.Name, StringComparer.Ordinal))
            {
                throw new MockConfigException(
                    $"{location}: unknown key '{member.Name}'; expected {string.Join(" or ", allowed.Select(key => $"'{key}'"))}.");
            }
        }
    }

    public static JsonElement? Find(IReadOnlyList<JsonProperty> members, string name)
    {
        foreach (var member in members)
        {
            if (member.Name == name)
            {
                return member.Value;
            }
        }

        return null;
    }

    public static JsonElement Required(IReadOnlyList<JsonProperty> members, string name, string location) =>
        Find(members, name) ?? throw new MockConfigException($"{location}: missing required key '{name}'.");

    public static string RequiredString(IReadOnlyList<JsonProperty> members, string name, string location)
    {
        var value = Required(members, name, location);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new MockConfigException($"{Child(location, name)}: expected a string, found {Describe(value)}.");
    }

    /// <summary>A readable location: <c>$.MockedResponses.Retry['1-2']</c>.</summary>
    public static string Child(string parent, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0])
            ? $"{parent}.{name}"
            : $"{parent}['{name}']";

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        _ => "null",
    };
}
