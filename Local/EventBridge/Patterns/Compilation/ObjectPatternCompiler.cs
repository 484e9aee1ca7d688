using System.Text.Json;
using OrderEvents.Local.EventBridge.Patterns.Matching;

namespace OrderEvents.Local.EventBridge.Patterns.Compilation;

/// <summary>Compiles pattern objects, <c>$or</c> groups and leaf arrays into matchers.</summary>
internal static class ObjectPatternCompiler
{
    public static ObjectMatcher CompileRoot(ref PatternReader reader)
    {
        if (reader.Read() != JsonTokenType.StartObject)
        {
            throw reader.Fail("Filter is not an object");
        }

        var root = new ObjectMatcherBuilder();
        ReadObject(ref reader, root, insideOr: false);
        reader.ExpectEnd();
        return root.Build();
    }

    private static void ReadObject(ref PatternReader reader, ObjectMatcherBuilder target, bool insideOr)
    {
        var hasFields = false;
        while (reader.Read() != JsonTokenType.EndObject)
        {
            hasFields = true;
            var name = reader.Text();
            if (name == MatchTypes.Or)
            {
                target.AddOrGroup(ReadOr(ref reader));
                continue;
            }

            if (insideOr && MatchTypes.IsReservedInOr(name))
            {
                throw reader.Fail($"{name} is a reserved field name which cannot be used inside $or.");
            }

            switch (reader.Read())
            {
                case JsonTokenType.StartObject:
                    ReadObject(ref reader, target.Field(name).Child(), insideOr);
                    break;
                case JsonTokenType.StartArray:
                    target.Field(name).AddCondition(ReadLeafArray(ref reader));
                    break;
                default:
                    throw reader.Fail($"\"{name}\" must be an object or an array");
            }
        }

        if (!hasFields)
        {
            throw reader.Fail("Empty objects are not allowed");
        }
    }

    private static List<ObjectMatcher> ReadOr(ref PatternReader reader)
    {
        if (reader.Read() != JsonTokenType.StartArray)
        {
            throw reader.Fail("It must be an Array followed with $or.");
        }

        var branches = new List<ObjectMatcher>();
        while (reader.Read() != JsonTokenType.EndArray)
        {
            if (reader.Token != JsonTokenType.StartObject)
            {
                throw reader.Fail("Only JSON object is allowed in array of $or relationship.");
            }

            var branch = new ObjectMatcherBuilder();
            ReadObject(ref reader, branch, insideOr: true);
            branches.Add(branch.Build());
        }

        if (branches.Count < 2)
        {
            throw reader.Fail("There must have at least 2 Objects in $or relationship.");
        }

        return branches;
    }

    private static List<ValueMatcher> ReadLeafArray(ref PatternReader reader)
    {
        var matchers = new List<ValueMatcher>();
        while (reader.Read() != JsonTokenType.EndArray)
        {
            matchers.Add(reader.Token switch
            {
                JsonTokenType.StartObject => MatchExpressionCompiler.Read(ref reader),
                JsonTokenType.String => new ExactStringMatcher(reader.Text()),
                JsonTokenType.Number => ExactNumber(ref reader),
                JsonTokenType.True => new ExactLiteralMatcher(LeafKind.True),
                JsonTokenType.False => new ExactLiteralMatcher(LeafKind.False),
                JsonTokenType.Null => new ExactLiteralMatcher(LeafKind.Null),
                _ => throw reader.Fail("Match value must be String, number, true, false, or null"),
            });
        }

        if (matchers.Count == 0)
        {
            throw reader.Fail("Empty arrays are not allowed");
        }

        return matchers;
    }

    // A number outside the comparable range (an account id, say) still matches its literal text.
    private static ExactNumberMatcher ExactNumber(ref PatternReader reader)
    {
        var literal = reader.NumberLiteral;
        decimal? comparable = ComparableNumber.TryRead(literal, out var value) ? value : null;
        return new ExactNumberMatcher(literal.ToArray(), comparable);
    }
}
