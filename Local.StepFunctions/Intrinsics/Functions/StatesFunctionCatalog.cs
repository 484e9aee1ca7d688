using OrderEvents.Local.StepFunctions.Intrinsics.Arguments;
using OrderEvents.Local.StepFunctions.Paths;

namespace OrderEvents.Local.StepFunctions.Intrinsics.Functions;

/// <summary>The 18 intrinsic functions of the JSONPath query language, with the argument counts each accepts.</summary>
internal static class StatesFunctionCatalog
{
    private sealed record Entry(int MinArguments, int MaxArguments, Func<IReadOnlyList<IntrinsicArgument>, PathCursor, StatesFunction> Create);

    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal)
    {
        ["States.Format"] = new(1, int.MaxValue, (a, c) => new FormatFunction(a, c)),
        ["States.StringToJson"] = new(1, 1, (a, _) => new StringToJsonFunction(a)),
        ["States.JsonToString"] = new(1, 1, (a, _) => new JsonToStringFunction(a)),
        ["States.Array"] = new(0, int.MaxValue, (a, _) => new ArrayFunction(a)),
        ["States.ArrayPartition"] = new(2, 2, (a, _) => new ArrayPartitionFunction(a)),
        ["States.ArrayContains"] = new(2, 2, (a, _) => new ArrayContainsFunction(a)),
        ["States.ArrayRange"] = new(3, 3, (a, _) => new ArrayRangeFunction(a)),
        ["States.ArrayGetItem"] = new(2, 2, (a, _) => new ArrayGetItemFunction(a)),
        ["States.ArrayLength"] = new(1, 1, (a, _) => new ArrayLengthFunction(a)),
        ["States.ArrayUnique"] = new(1, 1, (a, _) => new ArrayUniqueFunction(a)),
        ["States.Base64Encode"] = new(1, 1, (a, _) => new Base64EncodeFunction(a)),
        ["States.Base64Decode"] = new(1, 1, (a, _) => new Base64DecodeFunction(a)),
        ["States.Hash"] = new(2, 2, (a, _) => new HashFunction(a)),
        ["States.JsonMerge"] = new(3, 3, (a, _) => new JsonMergeFunction(a)),
        ["States.MathRandom"] = new(2, 3, (a, _) => new MathRandomFunction(a)),
        ["States.MathAdd"] = new(2, 2, (a, _) => new MathAddFunction(a)),
        ["States.StringSplit"] = new(2, 2, (a, _) => new StringSplitFunction(a)),
        ["States.UUID"] = new(0, 0, (a, _) => new UuidFunction(a)),
    };

    public static IEnumerable<string> Names => Entries.Keys;

    /// <exception cref="InvalidPathException">Unknown name or wrong number of arguments.</exception>
    public static StatesFunction Create(string name, IReadOnlyList<IntrinsicArgument> arguments, PathCursor cursor, int nameStart)
    {
        if (!Entries.TryGetValue(name, out var entry))
        {
            throw cursor.FailWith(
                $"'{name}' at position {nameStart} is not an intrinsic function; the functions are {string.Join(", ", Entries.Keys)}");
        }

        if (arguments.Count < entry.MinArguments || arguments.Count > entry.MaxArguments)
        {
            throw cursor.FailWith($"{name} takes {Expected(entry)} but was given {arguments.Count}");
        }

        return entry.Create(arguments, cursor);
    }

    private static string Expected(Entry entry) => (entry.MinArguments, entry.MaxArguments) switch
    {
        (var min, int.MaxValue) => $"at least {min} argument(s)",
        (var min, var max) when min == max => $"{min} argument(s)",
        (var min, var max) => $"{min} to {max} arguments",
    };
}
