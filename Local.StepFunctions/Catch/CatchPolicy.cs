using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Retry;

namespace OrderEvents.Local.StepFunctions.Catch;

/// <summary>A state's Catch field, consulted after retries are spent; the first matching catcher wins.</summary>
internal sealed class CatchPolicy(Catcher[] catchers)
{
    public static readonly CatchPolicy None = new([]);

    public IReadOnlyList<Catcher> Catchers => catchers;

    public static CatchPolicy Read(FieldReader state)
    {
        var array = state.OptionalArray("Catch");
        if (array is null || array.Count == 0)
        {
            return None;
        }

        var parsed = new Catcher[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            var entry = array[i] as JsonObject ?? throw state.Error($"field 'Catch' entry {i} must be an object");
            var reader = new FieldReader(entry, $"{state.Location} Catch[{i}]");
            parsed[i] = Catcher.Parse(reader);
            ErrorMatch.ValidateWildcard(parsed[i].ErrorEquals, i == array.Count - 1, reader.Error);
        }

        return new CatchPolicy(parsed);
    }

    public Catcher? Find(string error)
    {
        foreach (var catcher in catchers)
        {
            if (ErrorMatch.Matches(catcher.ErrorEquals, error))
            {
                return catcher;
            }
        }

        return null;
    }

    /// <summary>The error output a catcher places into the raw input.</summary>
    public static JsonObject ErrorOutput(StatesError error) => new()
    {
        ["Error"] = error.Error,
        ["Cause"] = error.Cause,
    };
}
