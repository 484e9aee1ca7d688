using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Runtime;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Runtime;

public sealed class LambdaBootstrapTests
{
    private readonly FakeTimeProvider _time = new(Invocations.Now);
    private readonly CapturingLogSink _log = new();

    [Fact]
    public async Task UnknownHandler_IsPostedAsAnInitError_NamingTheValidHandlers()
    {
        await using var server = new FakeRuntimeApi();
        var environment = Environment(server.Address, "Nope");

        var exitCode = await Bootstrap(environment).RunAsync(() => LambdaComposition.CreateFunction(environment, _time, _log), CancellationToken.None);

        Assert.Equal(LambdaBootstrap.Failure, exitCode);
        var post = await server.NextPostAsync();
        Assert.Equal("/2018-06-01/runtime/init/error", post.Path);
        Assert.Equal("application/vnd.aws.lambda.error+json", post.ContentType);
        Assert.Equal("Runtime.HandlerNotFound", post.Headers["Lambda-Runtime-Function-Error-Type"]);
        Assert.Equal("Runtime.HandlerNotFound", post.Json.GetProperty("errorType").GetString());
        Assert.Equal(
            "Unknown handler 'Nope'; expected one of: ValidateOrder, ProcessPayment, NotifyCustomer, RecordFailure.",
            post.Json.GetProperty("errorMessage").GetString());
        Assert.Equal("ERROR", _log.Single("Function initialization failed").GetProperty("level").GetString());
    }

    [Fact]
    public async Task InvalidSetting_IsPostedAsAnInitError()
    {
        await using var server = new FakeRuntimeApi();
        var environment = Environment(server.Address, "ProcessPayment");
        environment.SetVariable("PAYMENT_DECLINE_RATE", "often");

        await Bootstrap(environment).RunAsync(() => LambdaComposition.CreateFunction(environment, _time, _log), CancellationToken.None);

        var post = await server.NextPostAsync();
        Assert.Equal("/2018-06-01/runtime/init/error", post.Path);
        Assert.Equal("InvalidConfiguration", post.Json.GetProperty("errorType").GetString());
    }

    [Fact]
    public async Task KnownHandler_ServesInvocations_UntilStopped()
    {
        await using var server = new FakeRuntimeApi();
        var environment = Environment(server.Address, "ValidateOrder");
        using var stop = new CancellationTokenSource();
        server.Enqueue(new FakeInvocation("r1", Encoding.UTF8.GetBytes(Invocations.Envelope(Invocations.MinimalOrder)), DeadlineMs: null));

        var running = Bootstrap(environment).RunAsync(() => LambdaComposition.CreateFunction(environment, _time, _log), stop.Token);
        var post = await server.NextPostAsync();
        await stop.CancelAsync();

        Assert.Equal("/2018-06-01/runtime/invocation/r1/response", post.Path);
        Assert.Equal(LambdaBootstrap.Success, await running);
    }

    [Fact]
    public async Task StopWhileAResultIsBeingPosted_EndsTheLoopCleanly()
    {
        await using var server = new FakeRuntimeApi();
        server.HoldPostAnswers();
        var environment = Environment(server.Address, "ValidateOrder");
        using var stop = new CancellationTokenSource();
        server.Enqueue(new FakeInvocation("r1", Encoding.UTF8.GetBytes(Invocations.Envelope(Invocations.MinimalOrder)), DeadlineMs: null));

        var running = Bootstrap(environment).RunAsync(() => LambdaComposition.CreateFunction(environment, _time, _log), stop.Token);
        await server.NextPostAsync();
        await stop.CancelAsync();

        Assert.Equal(LambdaBootstrap.Success, await running.WaitAsync(TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task OutsideLambda_ExitsWithAClearMessage()
    {
        var exitCode = await Bootstrap(new FakeEnvironment()).RunAsync(
            () => throw new InvalidOperationException("must not be called"), CancellationToken.None);

        Assert.Equal(LambdaBootstrap.NotInLambda, exitCode);
        Assert.Contains("AWS_LAMBDA_RUNTIME_API is not set", Assert.Single(_log.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableRuntimeApi_EndsTheProcessWithFailure()
    {
        var environment = Environment($"127.0.0.1:{ClosedPort()}", "ValidateOrder");

        var exitCode = await Bootstrap(environment).RunAsync(() => LambdaComposition.CreateFunction(environment, _time, _log), CancellationToken.None);

        Assert.Equal(LambdaBootstrap.Failure, exitCode);
        Assert.Equal("HttpRequestException", _log.Single("The Runtime API is unavailable; stopping").GetProperty("fields").GetProperty("errorType").GetString());
    }

    private LambdaBootstrap Bootstrap(FakeEnvironment environment) => new(environment, _time, _log);

    private static FakeEnvironment Environment(string runtimeApi, string handler) => new(new Dictionary<string, string?>
    {
        ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi,
        ["_HANDLER"] = handler,
    });

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
