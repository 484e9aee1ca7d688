namespace OrderEvents.Local.ProcessMode;

/// <summary>How to start one function's process, as Lambda starts a <c>provided.al2023</c> sandbox.</summary>
/// <param name="FileName">The executable: the AOT <c>bootstrap</c>, or <c>dotnet</c> for the JIT build.</param>
/// <param name="Arguments">Arguments, e.g. the path of <c>bootstrap.dll</c> when <see cref="FileName"/> is <c>dotnet</c>.</param>
/// <param name="FunctionName">The function's name; it is also the <c>_HANDLER</c> that selects the code.</param>
/// <param name="Environment">Function configuration (e.g. <c>TOPIC_ARN</c>), added to the Lambda-defined variables.</param>
/// <param name="Sns">When set, served beside the Runtime API and named in <c>AWS_ENDPOINT_URL_SNS</c>.</param>
public sealed record FunctionProcessSpec(
    string FileName,
    IReadOnlyList<string> Arguments,
    string FunctionName,
    TimeSpan Timeout,
    IReadOnlyDictionary<string, string> Environment,
    int MemorySizeMb = 256,
    string Region = "us-east-1",
    string AccountId = "123456789012",
    SnsQueryApi? Sns = null)
{
    public string FunctionArn => $"arn:aws:lambda:{Region}:{AccountId}:function:{FunctionName}";
}
