using System.Text;
using System.Text.Json.Nodes;
using Amazon.CDK;
using OrderEvents.Cdk.Configuration;
using OrderEvents.Local.ProcessMode;

namespace OrderEvents.Cdk.Tests.Bundling;

/// <summary>
/// Synthesizes the stack with asset bundling ON (the Native AOT publish that <c>cdk deploy</c> uploads)
/// and runs the bundled <c>bootstrap</c> behind the local Runtime API, so the artifact users deploy is
/// exercised, not only the code it came from.
/// </summary>
public sealed class BundledBootstrapTests : IDisposable
{
    private static readonly TimeSpan FunctionTimeout = TimeSpan.FromSeconds(30);
    private readonly DirectoryInfo outputDirectory = Directory.CreateTempSubdirectory("orderevents-bundled-");

    [Fact]
    public async Task BundledBootstrap_RunsEveryFunctionThroughTheRuntimeApi()
    {
        var (bootstrap, functionCodeKeys) = SynthesizeWithBundling();

        Assert.True(new FileInfo(bootstrap).Length > 0);
        var assetHash = Path.GetFileName(Path.GetDirectoryName(bootstrap))!["asset.".Length..];
        Assert.Equal(4, functionCodeKeys.Count);
        Assert.All(functionCodeKeys, key => Assert.Equal(assetHash + ".zip", key));

        await using var invoker = new ProcessLambdaInvoker(
            [Spec(bootstrap, "ValidateOrder"), Spec(bootstrap, "ProcessPayment", ("PAYMENT_DECLINE_RATE", "0")), Spec(bootstrap, "RecordFailure")],
            TimeProvider.System);

        var validated = await invoker.InvokeAsync("ValidateOrder", Envelope, CancellationToken.None);
        Assert.Null(validated.Error);
        Assert.Equal("Order Validated", (string?)JsonNode.Parse(validated.Payload!)!["status"]);

        var paid = await invoker.InvokeAsync("ProcessPayment", validated.Payload!, CancellationToken.None);
        Assert.Null(paid.Error);
        Assert.Equal("CHARGED", ((string?)JsonNode.Parse(paid.Payload!)!["payment"]!["status"])?.ToUpperInvariant());

        var rejected = await invoker.InvokeAsync("ValidateOrder", "{}"u8.ToArray(), CancellationToken.None);
        Assert.Equal("InvalidOrder", rejected.Error?.ErrorType);

        var recorded = await invoker.InvokeAsync(
            "RecordFailure",
            """{"failedState":"ValidateOrder","executionId":"arn:exec","input":{"detail":{"orderId":"o-1"},"error":{"Error":"InvalidOrder","Cause":"bad"}}}"""u8.ToArray(),
            CancellationToken.None);
        Assert.Null(recorded.Error);
        Assert.Equal("o-1", (string?)JsonNode.Parse(recorded.Payload!)!["orderId"]);
    }

    public void Dispose() => outputDirectory.Delete(recursive: true);

    private static ReadOnlyMemory<byte> Envelope => Encoding.UTF8.GetBytes(
        """{"version":"0","id":"1","detail-type":"OrderPlaced","source":"orderevents.orders","account":"123456789012","time":"2026-11-25T10:00:00Z","region":"us-east-1","resources":[],"detail":{"orderId":"b-1","customer":"jane@example.com","currency":"EUR","items":[{"sku":"S","quantity":2,"unitPrice":5}]}}""");

    private static FunctionProcessSpec Spec(string bootstrap, string function, params (string Name, string Value)[] environment) =>
        new(bootstrap, [], function, FunctionTimeout, environment.ToDictionary(e => e.Name, e => e.Value));

    /// <returns>The one bundled bootstrap, and the S3 key of every function's code.</returns>
    private (string Bootstrap, IReadOnlyList<string> FunctionCodeKeys) SynthesizeWithBundling()
    {
        System.Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1");
        var layout = RepositoryLayout.FindFrom(AppContext.BaseDirectory);
        var app = new App(new AppProps { Outdir = outputDirectory.FullName });
        var stack = new OrderEventsStack(app, "OrderEventsStack", new OrderEventsStackProps
        {
            Settings = StackSettingsReader.Read(key => app.Node.TryGetContext(key)),
            Layout = layout,
        });
        var assembly = app.Synth();
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(assembly.Directory, stack.TemplateFile)))!;
        var codeKeys = template["Resources"]!.AsObject()
            .Where(r => (string?)r.Value!["Type"] == "AWS::Lambda::Function")
            .Select(r => (string)r.Value!["Properties"]!["Code"]!["S3Key"]!)
            .ToList();
        var bootstrap = Assert.Single(Directory.EnumerateFiles(outputDirectory.FullName, "bootstrap", SearchOption.AllDirectories));
        return (bootstrap, codeKeys);
    }
}
