using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tests.Stubs;

namespace OrderEvents.Local.StepFunctions.Tests.Conformance;

/// <summary>The optional expectations of a case beyond status and output: calls, payloads, delays, trace.</summary>
internal static class CaseChecks
{
    public static void Side(JsonObject expected, ExecutionResult result, StubLambdaInvoker lambdas, StubTopicPublisher topics)
    {
        if (expected["elapsedSeconds"] is { } elapsed)
        {
            Assert.Equal(elapsed.GetValue<double>(), (result.StopDate - result.StartDate).TotalSeconds, 3);
        }

        if (expected["calls"] is JsonObject calls)
        {
            foreach (var (function, count) in calls)
            {
                Assert.True(count!.GetValue<int>() == lambdas.CallsTo(function), $"calls to {function}: {lambdas.CallsTo(function)}");
            }
        }

        if (expected["payloads"] is JsonObject payloads)
        {
            foreach (var (function, list) in payloads)
            {
                var received = new JsonArray([.. lambdas.Received.Where(r => r.Function == function).Select(r => r.Payload?.DeepClone())]);
                Assert.Null(JsonExpectation.FindMismatch(list, received, $"payloads[{function}]"));
            }
        }

        if (expected["published"] is JsonArray published)
        {
            var actual = new JsonArray([.. topics.Published.Select(m => (JsonNode)new JsonObject
            {
                ["topicArn"] = m.TopicArn,
                ["message"] = m.Message,
                ["subject"] = m.Subject,
                ["attributes"] = new JsonObject([.. m.Attributes.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))]),
            })]);
            Assert.Null(JsonExpectation.FindMismatch(published, actual, "published"));
        }

        if (expected["retryDelays"] is JsonArray delays)
        {
            var actual = result.Trace.Where(e => e.Type == TraceEventType.RetryScheduled).Select(e => e.Duration!.Value.TotalSeconds).ToArray();
            Assert.Equal(delays.Select(d => d!.GetValue<double>()).ToArray(), actual);
        }

        if (expected["traceContains"] is JsonArray steps)
        {
            var trace = result.Trace.Select(e => $"{e.Type}:{e.StateName}").ToList();
            var position = 0;
            foreach (var step in steps.Select(s => s!.GetValue<string>()))
            {
                var found = trace.IndexOf(step, position);
                Assert.True(found >= 0, $"trace step '{step}' not found in order in: {string.Join(", ", trace)}");
                position = found + 1;
            }
        }
    }
}
