using System.Text;
using System.Text.RegularExpressions;

namespace OrderEvents.Local.StepFunctions.Definition;

/// <summary>Replaces <c>${Name}</c> variables in a definition, as CloudFormation DefinitionSubstitutions do.</summary>
internal static partial class DefinitionSubstitutions
{
    public static string Apply(string definition, IReadOnlyDictionary<string, string>? substitutions)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var result = Variable().Replace(definition, match =>
        {
            var name = match.Groups[1].Value;
            if (substitutions is not null && substitutions.TryGetValue(name, out var value))
            {
                return value;
            }

            missing.Add(name);
            return match.Value;
        });

        if (missing.Count > 0)
        {
            var names = new StringBuilder();
            foreach (var name in missing)
            {
                names.Append(names.Length == 0 ? string.Empty : ", ").Append("${").Append(name).Append('}');
            }

            throw new InvalidDefinitionException($"Definition: substitution variable {names} has no value; supply it in the substitutions");
        }

        return result;
    }

    [GeneratedRegex(@"\$\{([^}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
