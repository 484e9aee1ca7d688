using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Mocking;

namespace OrderEvents.Local.StepFunctions.Tests.Mocking;

public sealed class MockSessionTests
{
    private const string Config = """
        {
          "StateMachines": {
            "Orders": {
              "TestCases": {
                "Flaky": { "Charge": "FailTwiceThenCharge", "Notify": "Notified" },
                "Wide": { "Charge": "ManyCharges" }
              }
            }
          },
          "MockedResponses": {
            "FailTwiceThenCharge": {
              "2": { "Return": { "StatusCode": 200, "Payload": { "charged": true } } },
              "0-1": { "Throw": { "Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded" } }
            },
            "Notified": { "0": { "Return": { "StatusCode": 200, "Payload": null } } },
            "ManyCharges": { "0-999": { "Return": { "StatusCode": 200, "Payload": 1 } } }
          }
        }
        """;

    [Fact]
    public void TryGetResponse_CountsInvocationsPerState_KeysInAnyOrder()
    {
        var session = MockConfig.Parse(Config).CreateSession("Orders", "Flaky");

        var first = Answer(session, "Charge");
        var notify = Answer(session, "Notify");
        var second = Answer(session, "Charge");
        var third = Answer(session, "Charge");

        var throttled = new MockedTaskResponse.Throw("Lambda.TooManyRequestsException", "Rate exceeded");
        Assert.Equal(throttled, first);
        Assert.Equal(throttled, second);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"StatusCode":200,"Payload":{"charged":true}}"""), Assert.IsType<MockedTaskResponse.Return>(third).Result));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"StatusCode":200,"Payload":null}"""), Assert.IsType<MockedTaskResponse.Return>(notify).Result));
    }

    [Fact]
    public void TryGetResponse_PastTheLastDefinedInvocation_FailsWithStatesRuntimeNamingTheState()
    {
        var session = MockConfig.Parse(Config).CreateSession("Orders", "Flaky");
        Answer(session, "Notify");

        var extra = Assert.IsType<MockedTaskResponse.Throw>(Answer(session, "Notify"));

        Assert.Equal("States.Runtime", extra.Error);
        Assert.Equal(
            "Mock test case 'Flaky' of state machine 'Orders': state 'Notify' was invoked 2 times, "
            + "but mocked response 'Notified' defines only 1 invocation(s).",
            extra.Cause);
    }

    [Fact]
    public void TryGetResponse_StateNotInTestCase_ReturnsFalseAndCountsNothing()
    {
        var session = MockConfig.Parse(Config).CreateSession("Orders", "Flaky");

        Assert.False(session.TryGetResponse("RecordFailure", out _));
        Assert.Equal(0, ((MockSession)session).InvocationsOf("RecordFailure"));
    }

    [Fact]
    public void CreateSession_EachSessionCountsFromZero()
    {
        var config = MockConfig.Parse(Config);
        var used = config.CreateSession("Orders", "Flaky");
        Answer(used, "Charge");
        Answer(used, "Charge");

        var fresh = config.CreateSession("Orders", "Flaky");

        Assert.IsType<MockedTaskResponse.Throw>(Answer(fresh, "Charge"));
        Assert.Equal(2, ((MockSession)used).InvocationsOf("Charge"));
        Assert.Equal(1, ((MockSession)fresh).InvocationsOf("Charge"));
    }

    [Fact]
    public void TryGetResponse_Return_GivesEveryInvocationItsOwnDocument()
    {
        var session = MockConfig.Parse(Config).CreateSession("Orders", "Wide");

        var first = Assert.IsType<MockedTaskResponse.Return>(Answer(session, "Charge")).Result!;
        first["Payload"] = 42;
        var second = Assert.IsType<MockedTaskResponse.Return>(Answer(session, "Charge")).Result!;

        Assert.NotSame(first, second);
        Assert.Equal(1, second["Payload"]!.GetValue<int>());
        Assert.Null(second.Parent);
    }

    [Fact]
    public void TryGetResponse_ConcurrentCallers_GetEachInvocationNumberExactlyOnce()
    {
        var session = MockConfig.Parse(Config).CreateSession("Orders", "Wide");
        var answers = new ConcurrentBag<MockedTaskResponse>();

        System.Threading.Tasks.Parallel.For(0, 1001, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => answers.Add(Answer(session, "Charge")));

        Assert.Equal(1000, answers.Count(answer => answer is MockedTaskResponse.Return));
        Assert.Single(answers, answer => answer is MockedTaskResponse.Throw { Error: "States.Runtime" });
        Assert.Equal(1001, ((MockSession)session).InvocationsOf("Charge"));
    }

    private static MockedTaskResponse Answer(ITaskMockSession session, string state)
    {
        Assert.True(session.TryGetResponse(state, out var response));
        return response;
    }
}
