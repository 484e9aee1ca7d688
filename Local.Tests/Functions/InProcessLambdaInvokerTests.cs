using System.Text;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Local.Functions;
using OrderEvents.Local.StepFunctions.Tasks;
using OrderEvents.Local.Tests.Sns;

namespace OrderEvents.Local.Tests.Functions;

public sealed class InProcessLambdaInvokerTests
{
    private static readonly InProcessLambdaInvokerOptions Options = new()
    {
        Region = "eu-west-1",
        AccountId = "111122223333",
        Time = new FixedClock(),
        Timeout = TimeSpan.FromSeconds(10),
    };

    [Theory]
    [InlineData("Echo")]
    [InlineData("Echo:live")]
    [InlineData("111122223333:function:Echo")]
    [InlineData("arn:aws:lambda:eu-west-1:111122223333:function:Echo")]
    [InlineData("arn:aws:lambda:eu-west-1:111122223333:function:Echo:$LATEST")]
    public async Task Invoke_AnyFormOfTheFunctionName_RunsTheHandlerWithThePayload(string functionName)
    {
        var invoker = new InProcessLambdaInvoker([FakeFunction.Echo("Echo")], Options);

        var result = await invoker.InvokeAsync(functionName, "{\"a\":1}"u8.ToArray(), CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(result.Payload!));
    }

    [Fact]
    public async Task Invoke_GivesTheHandlerAContextWithArnDeadlineAndUniqueRequestIds()
    {
        var echo = FakeFunction.Echo("Echo");
        var invoker = new InProcessLambdaInvoker([echo], Options);

        await invoker.InvokeAsync("Echo", "{}"u8.ToArray(), CancellationToken.None);
        var first = echo.LastContext!;
        await invoker.InvokeAsync("Echo", "{}"u8.ToArray(), CancellationToken.None);
        var second = echo.LastContext!;

        Assert.Equal("arn:aws:lambda:eu-west-1:111122223333:function:Echo", first.InvokedFunctionArn);
        Assert.Equal("Echo", first.FunctionName);
        Assert.Equal(FixedClock.Instant.AddSeconds(10), first.Deadline);
        Assert.NotEqual(first.RequestId, second.RequestId);
        Assert.True(Guid.TryParse(first.RequestId, out _));
    }

    [Fact]
    public async Task FunctionException_BecomesAFunctionErrorWithItsErrorType()
    {
        var invoker = new InProcessLambdaInvoker([FakeFunction.Throwing("Pay", new FunctionException("PaymentDeclined", "Payment processing failed"))], Options);

        var result = await invoker.InvokeAsync("Pay", "{}"u8.ToArray(), CancellationToken.None);

        Assert.Null(result.Payload);
        Assert.Equal(("PaymentDeclined", "Payment processing failed"), (result.Error!.ErrorType, result.Error.ErrorMessage));
        Assert.Empty(result.Error!.StackTrace);
    }

    [Fact]
    public async Task OtherException_ReportsItsTypeName_AsTheDotNetRuntimeDoes()
    {
        var invoker = new InProcessLambdaInvoker([FakeFunction.Throwing("Broken", new InvalidOperationException("boom"))], Options);

        var result = await invoker.InvokeAsync("Broken", "{}"u8.ToArray(), CancellationToken.None);

        Assert.Equal(("InvalidOperationException", "boom"), (result.Error!.ErrorType, result.Error.ErrorMessage));
    }

    [Fact]
    public async Task FailureOfAnAsyncHandlerThatCompletedSynchronously_IsReportedTheSameWay()
    {
        // The real handlers are async methods that finish without awaiting: they hand back an already faulted task.
        var declined = new FakeFunction("Pay", _ => ValueTask.FromException<byte[]>(new FunctionException("PaymentDeclined", "Payment processing failed")));
        var invoker = new InProcessLambdaInvoker([declined], Options);

        var pending = invoker.InvokeAsync("Pay", "{}"u8.ToArray(), CancellationToken.None);

        Assert.True(pending.IsCompletedSuccessfully);
        var result = await pending;
        Assert.Equal(("PaymentDeclined", "Payment processing failed"), (result.Error!.ErrorType, result.Error.ErrorMessage));
    }

    [Fact]
    public async Task AsynchronousFailure_IsReportedTheSameWay()
    {
        var slow = new FakeFunction("Slow", async _ =>
        {
            await Task.Yield();
            throw new FunctionException("InvalidOrder", "orderId is missing");
        });
        var invoker = new InProcessLambdaInvoker([slow], Options);

        var result = await invoker.InvokeAsync("Slow", "{}"u8.ToArray(), CancellationToken.None);

        Assert.Equal("InvalidOrder", result.Error!.ErrorType);
    }

    [Theory]
    [InlineData("Missing", "Function not found: arn:aws:lambda:eu-west-1:111122223333:function:Missing")]
    [InlineData("arn:aws:lambda:us-east-1:999999999999:function:Missing:prod", "Function not found: arn:aws:lambda:us-east-1:999999999999:function:Missing:prod")]
    [InlineData("arn:aws:sqs:eu-west-1:111122223333:queue", "Function not found: arn:aws:sqs:eu-west-1:111122223333:queue")]
    public async Task UnknownFunction_IsResourceNotFound(string functionName, string cause)
    {
        var invoker = new InProcessLambdaInvoker([FakeFunction.Echo("Echo")], Options);

        var error = await Assert.ThrowsAsync<LambdaServiceException>(async () =>
            await invoker.InvokeAsync(functionName, "{}"u8.ToArray(), CancellationToken.None));

        Assert.Equal(("Lambda.ResourceNotFoundException", cause), (error.Error, error.Cause));
    }

    [Fact]
    public async Task OtherAccount_IsMatchedByName_UnlessStrictMatchingIsOn()
    {
        const string elsewhere = "arn:aws:lambda:us-east-1:999999999999:function:Echo";
        var lenient = new InProcessLambdaInvoker([FakeFunction.Echo("Echo")], Options);
        var strict = new InProcessLambdaInvoker([FakeFunction.Echo("Echo")], Options with { MatchAccountAndRegion = true });

        Assert.NotNull((await lenient.InvokeAsync(elsewhere, "{}"u8.ToArray(), CancellationToken.None)).Payload);
        await Assert.ThrowsAsync<LambdaServiceException>(async () =>
            await strict.InvokeAsync(elsewhere, "{}"u8.ToArray(), CancellationToken.None));
    }

    [Fact]
    public async Task CancellationByTheCaller_PropagatesInsteadOfBecomingAFunctionError()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var waiting = new FakeFunction("Wait", _ => throw new OperationCanceledException(cancelled.Token));
        var invoker = new InProcessLambdaInvoker([waiting], Options);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await invoker.InvokeAsync("Wait", "{}"u8.ToArray(), cancelled.Token));
    }
}
