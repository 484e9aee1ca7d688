using OrderEvents.Local.StepFunctions.Definition;

namespace OrderEvents.Local.StepFunctions.Retry;

/// <summary>
/// A state's Retry field. The first retrier whose ErrorEquals matches decides alone: once it is exhausted the
/// error goes to Catch, later retriers are not consulted.
/// </summary>
internal sealed class RetryPolicy(Retrier[] retriers)
{
    public static readonly RetryPolicy None = new([]);

    public IReadOnlyList<Retrier> Retriers => retriers;

    public int Count => retriers.Length;

    public static RetryPolicy Read(FieldReader state)
    {
        var array = state.OptionalArray("Retry");
        if (array is null || array.Count == 0)
        {
            return None;
        }

        var parsed = new Retrier[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            var entry = array[i] as System.Text.Json.Nodes.JsonObject
                ?? throw state.Error($"field 'Retry' entry {i} must be an object");
            var reader = new FieldReader(entry, $"{state.Location} Retry[{i}]");
            parsed[i] = Retrier.Parse(reader);
            ErrorMatch.ValidateWildcard(parsed[i].ErrorEquals, i == array.Count - 1, reader.Error);
        }

        return new RetryPolicy(parsed);
    }

    /// <summary>The index of the first retrier matching the error, or -1.</summary>
    public int Find(string error)
    {
        for (var i = 0; i < retriers.Length; i++)
        {
            if (ErrorMatch.Matches(retriers[i].ErrorEquals, error))
            {
                return i;
            }
        }

        return -1;
    }
}
