using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrderEvents.Local.ProcessMode;

/// <summary>
/// The Lambda Runtime API (<c>/2018-06-01/runtime/...</c>) for one function process, on loopback.
/// It hands queued events to <c>GET /invocation/next</c> and completes them from the process's
/// response or error posts, as the Lambda service and the Runtime Interface Emulator do.
/// </summary>
internal sealed class RuntimeApiServer : IAsyncDisposable
{
    private const string Prefix = "/2018-06-01/runtime";
    private const int MaxResponseBytes = 6 * 1024 * 1024;

    private readonly WebApplication app;
    private readonly string functionArn;
    private readonly Channel<PendingInvocation> queue = Channel.CreateUnbounded<PendingInvocation>(
        new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly ConcurrentDictionary<string, PendingInvocation> inFlight = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource firstPoll = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SandboxReply.FunctionError> initFailure = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly SnsQueryApi? sns;
    private volatile PendingInvocation? current;
    private volatile SandboxReply? failure;

    private RuntimeApiServer(WebApplication app, string functionArn, SnsQueryApi? sns)
    {
        this.app = app;
        this.functionArn = functionArn;
        this.sns = sns;
    }

    /// <summary>The value for <c>AWS_LAMBDA_RUNTIME_API</c> (<c>127.0.0.1:port</c>).</summary>
    public string Address { get; private set; } = "";

    /// <summary>Completes when the process first asks for an event (the end of its init phase).</summary>
    public Task FirstPoll => firstPoll.Task;

    /// <summary>Completes when the process reports an init error.</summary>
    public Task<SandboxReply.FunctionError> InitFailure => initFailure.Task;

    /// <param name="sns">Also serves this SNS API at <see cref="SnsQueryApi.Path"/>, on behalf of the invocation in flight.</param>
    public static async Task<RuntimeApiServer> StartAsync(string functionArn, SnsQueryApi? sns, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Limits.MaxRequestBodySize = MaxResponseBytes + 1;
            options.AddServerHeader = false;
        });
        var server = new RuntimeApiServer(builder.Build(), functionArn, sns);
        server.MapRoutes();
        await server.app.StartAsync(cancellationToken);
        var addresses = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        server.Address = new Uri(addresses.Addresses.First()).Authority;
        return server;
    }

    /// <summary>Queues one event for the process and returns the invocation to await.</summary>
    public PendingInvocation Submit(ReadOnlyMemory<byte> payload, DateTimeOffset deadline)
    {
        var invocation = new PendingInvocation(Guid.NewGuid().ToString(), payload, deadline);
        inFlight[invocation.RequestId] = invocation;
        if (!queue.Writer.TryWrite(invocation))
        {
            throw new InvalidOperationException("The function sandbox is shut down.");
        }

        if (failure is { } reply)
        {
            FailInFlight(reply);
        }

        return invocation;
    }

    /// <summary>Completes every pending invocation, and every later one, with <paramref name="reply"/>: the runtime is gone.</summary>
    public void FailInFlight(SandboxReply reply)
    {
        failure ??= reply;
        foreach (var invocation in inFlight.Values)
        {
            if (inFlight.TryRemove(invocation.RequestId, out _))
            {
                invocation.Reply.TrySetResult(failure);
            }
        }
    }

    /// <summary>Forgets an invocation that ended without a reply (timeout or crash).</summary>
    public void Abandon(PendingInvocation invocation) => inFlight.TryRemove(invocation.RequestId, out _);

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private void MapRoutes()
    {
        app.MapGet(Prefix + "/invocation/next", NextAsync);
        app.MapPost(Prefix + "/invocation/{requestId}/response", context => CompleteAsync(context, isError: false));
        app.MapPost(Prefix + "/invocation/{requestId}/error", context => CompleteAsync(context, isError: true));
        app.MapPost(Prefix + "/init/error", InitErrorAsync);
        if (sns is not null)
        {
            app.MapPost(SnsQueryApi.Path, PublishAsync);
        }
    }

    /// <summary>Runs the SNS call in the context of the invocation in flight, as the function makes it for that caller.</summary>
    private Task PublishAsync(HttpContext context)
    {
        if (current?.CallerContext is not { } caller)
        {
            return sns!.HandleAsync(context);
        }

        Task? handled = null;
        ExecutionContext.Run(caller, _ => handled = sns!.HandleAsync(context), null);
        return handled!;
    }

    private async Task NextAsync(HttpContext context)
    {
        firstPoll.TrySetResult();
        PendingInvocation invocation;
        try
        {
            invocation = await queue.Reader.ReadAsync(context.RequestAborted);
            current = invocation;
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            context.Response.StatusCode = StatusCodes.Status410Gone;
            return;
        }

        var headers = context.Response.Headers;
        headers["Lambda-Runtime-Aws-Request-Id"] = invocation.RequestId;
        headers["Lambda-Runtime-Deadline-Ms"] = invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        headers["Lambda-Runtime-Invoked-Function-Arn"] = functionArn;
        headers["Lambda-Runtime-Trace-Id"] = TraceHeader(invocation);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = invocation.Payload.Length;
        await context.Response.Body.WriteAsync(invocation.Payload, context.RequestAborted);
    }

    private async Task CompleteAsync(HttpContext context, bool isError)
    {
        var requestId = (string)context.Request.RouteValues["requestId"]!;
        if (!inFlight.TryRemove(requestId, out var invocation))
        {
            await WriteStatusAsync(context, StatusCodes.Status400BadRequest, "InvalidRequestID", "Invalid request ID: " + requestId);
            return;
        }

        // Calls the function makes from now on (e.g. SNS) are no longer on behalf of this invocation's caller.
        if (ReferenceEquals(current, invocation))
        {
            current = null;
        }

        var body = await ReadBodyAsync(context);
        if (body is null)
        {
            var tooLarge = ErrorBody("Function.ResponseSizeTooLarge", $"Response payload size exceeded maximum allowed payload size ({MaxResponseBytes} bytes).");
            invocation.Reply.TrySetResult(new SandboxReply.FunctionError(tooLarge, "Function.ResponseSizeTooLarge"));
            await WriteStatusAsync(context, StatusCodes.Status413PayloadTooLarge, "RequestEntityTooLarge", "Response payload too large.");
            return;
        }

        SandboxReply reply = isError
            ? new SandboxReply.FunctionError(body, context.Request.Headers["Lambda-Runtime-Function-Error-Type"].FirstOrDefault())
            : new SandboxReply.Response(body);
        invocation.Reply.TrySetResult(reply);
        await WriteStatusAsync(context, StatusCodes.Status202Accepted, null, null);
    }

    private async Task InitErrorAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context) ?? [];
        var error = new SandboxReply.FunctionError(body, context.Request.Headers["Lambda-Runtime-Function-Error-Type"].FirstOrDefault());
        initFailure.TrySetResult(error);
        FailInFlight(error);
        await WriteStatusAsync(context, StatusCodes.Status202Accepted, null, null);
    }

    /// <summary>An X-Ray trace header (<c>Root=1-{epoch hex}-{24 hex}</c>) derived from the request id.</summary>
    private static string TraceHeader(PendingInvocation invocation)
    {
        var epoch = invocation.Deadline.ToUnixTimeSeconds().ToString("x8", CultureInfo.InvariantCulture);
        var unique = invocation.RequestId.Replace("-", "", StringComparison.Ordinal)[..24];
        return $"Root=1-{epoch}-{unique};Sampled=0";
    }

    /// <returns>The body, or <see langword="null"/> when it exceeds the Lambda response limit.</returns>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.Length > MaxResponseBytes ? null : buffer.ToArray();
    }

    internal static byte[] ErrorBody(string errorType, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage", message);
            writer.WriteString("errorType", errorType);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static Task WriteStatusAsync(HttpContext context, int statusCode, string? errorType, string? message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        var body = errorType is null ? """{"status":"OK"}"""u8.ToArray() : ErrorBody(errorType, message ?? "");
        return context.Response.Body.WriteAsync(body).AsTask();
    }
}
