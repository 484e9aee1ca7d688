namespace OrderEvents.Local.Functions;

/// <summary>How in-process functions are addressed and timed.</summary>
public sealed record InProcessLambdaInvokerOptions
{
    public string Region { get; init; } = "us-east-1";

    public string AccountId { get; init; } = "123456789012";

    /// <summary>Sets each invocation's deadline (as the function's configured timeout does in Lambda).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// When true, an ARN naming another region or account is not found (as in AWS); when false
    /// (the default) functions are matched by name so definitions written for any account run locally.
    /// </summary>
    public bool MatchAccountAndRegion { get; init; }

    /// <summary>The ARN of a function in this runtime's region and account.</summary>
    public string FunctionArn(string name) => $"arn:aws:lambda:{Region}:{AccountId}:function:{name}";
}
