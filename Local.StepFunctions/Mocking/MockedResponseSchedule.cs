namespace OrderEvents.Local.StepFunctions.Mocking;

/// <summary>
/// One entry of <c>MockedResponses</c>: what each invocation of a mocked Task answers. The ranges cover
/// invocations 0..<see cref="DefinedInvocations"/>-1 without gaps or overlaps (checked when built).
/// </summary>
internal sealed class MockedResponseSchedule
{
    private readonly InvocationRange[] ranges;
    private readonly MockedTaskResponse[] responses;

    public MockedResponseSchedule(string name, IEnumerable<(InvocationRange Range, MockedTaskResponse Response)> entries, string location)
    {
        var ordered = entries.OrderBy(entry => entry.Range.First).ThenBy(entry => entry.Range.Last).ToArray();
        if (ordered.Length == 0)
        {
            throw new MockConfigException($"{location}: expected at least one invocation key such as \"0\", found an empty object.");
        }

        long expectedFirst = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            var range = ordered[i].Range;
            if (range.First > expectedFirst)
            {
                throw new MockConfigException(
                    $"{location}: no response for invocation {Span(expectedFirst, range.First - 1L)}; "
                    + "invocation keys must cover every invocation from 0 without gaps.");
            }

            if (range.First < expectedFirst)
            {
                throw new MockConfigException(
                    $"{location}: invocation keys '{ordered[i - 1].Range}' and '{range}' overlap; each invocation must be defined once.");
            }

            expectedFirst = range.Last + 1L;
        }

        Name = name;
        ranges = [.. ordered.Select(entry => entry.Range)];
        responses = [.. ordered.Select(entry => entry.Response)];
    }

    public string Name { get; }

    /// <summary>How many invocations have a response; later invocations have none.</summary>
    public long DefinedInvocations => ranges[^1].Last + 1L;

    /// <returns>The response for a zero-based invocation, or <see langword="null"/> past the last defined one.</returns>
    public MockedTaskResponse? ResponseFor(int invocation)
    {
        int low = 0, high = ranges.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (ranges[middle].Last < invocation)
            {
                low = middle + 1;
            }
            else if (ranges[middle].First > invocation)
            {
                high = middle - 1;
            }
            else
            {
                return Fresh(responses[middle]);
            }
        }

        return null;
    }

    // A JsonNode belongs to one parent; every invocation gets its own copy so executions never share documents.
    private static MockedTaskResponse Fresh(MockedTaskResponse response) =>
        response is MockedTaskResponse.Return returned ? new MockedTaskResponse.Return(returned.Result?.DeepClone()) : response;

    private static string Span(long first, long last) => first == last ? $"{first}" : $"{first}-{last}";
}
