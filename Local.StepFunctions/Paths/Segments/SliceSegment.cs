using System.Text;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Paths.Segments;

/// <summary>
/// <c>[start:end:step]</c>: a slice of an array with Python semantics (negative bounds count from the end,
/// missing bounds mean the whole array, a negative step walks backwards).
/// </summary>
internal sealed class SliceSegment(int? start, int? end, int step) : PathSegment
{
    public override bool IsDefinite => false;

    public override void Collect(JsonNode? node, JsonNode? root, List<JsonNode?> results)
    {
        if (node is not JsonArray array)
        {
            return;
        }

        var count = array.Count;
        if (step > 0)
        {
            var from = Normalize(start ?? 0, count, 0, count);
            var to = Normalize(end ?? count, count, 0, count);
            for (var i = from; i < to; i += step)
            {
                results.Add(array[i]);
            }
        }
        else
        {
            var from = Normalize(start ?? count - 1, count, -1, count - 1);
            var to = end is null ? -1 : Normalize(end.Value, count, -1, count - 1);
            for (var i = from; i > to; i += step)
            {
                results.Add(array[i]);
            }
        }
    }

    public override void AppendCanonical(StringBuilder builder)
    {
        builder.Append('[').Append(start).Append(':').Append(end);
        if (step != 1)
        {
            builder.Append(':').Append(step);
        }

        builder.Append(']');
    }

    private static int Normalize(int bound, int count, int min, int max)
    {
        var value = bound < 0 ? bound + count : bound;
        return Math.Clamp(value, min, max);
    }
}
