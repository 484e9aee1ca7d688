namespace OrderEvents.Cdk.Tests.Security;

/// <summary>
/// The only actions the stack may allow on <c>Resource: "*"</c>, each because AWS offers no narrower
/// resource for it (Service Authorization Reference: these actions list no resource types).
/// </summary>
public static class ActionsWithoutResourceLevelPermissions
{
    public static IReadOnlyDictionary<string, string> Justifications { get; } = new Dictionary<string, string>
    {
        ["xray:PutTraceSegments"] = "X-Ray tracing (functions and state machine): X-Ray has no resource-level permissions for sending traces.",
        ["xray:PutTelemetryRecords"] = "X-Ray tracing: as above.",
        ["xray:GetSamplingRules"] = "State machine tracing reads the account's sampling rules; no resource type.",
        ["xray:GetSamplingTargets"] = "State machine tracing reports sampling statistics; no resource type.",
        ["logs:CreateLogDelivery"] = "Express workflow logging uses CloudWatch vended-log delivery, whose actions take no resource (Step Functions logging docs).",
        ["logs:GetLogDelivery"] = "Vended-log delivery, as above.",
        ["logs:UpdateLogDelivery"] = "Vended-log delivery, as above.",
        ["logs:DeleteLogDelivery"] = "Vended-log delivery, as above.",
        ["logs:ListLogDeliveries"] = "Vended-log delivery, as above.",
        ["logs:PutResourcePolicy"] = "Step Functions lets the delivery write to the log group through a log resource policy; account-wide action.",
        ["logs:DescribeResourcePolicies"] = "Read counterpart of PutResourcePolicy; account-wide action.",
        ["logs:DescribeLogGroups"] = "Step Functions checks the destination log group exists; the action lists groups account-wide.",
    };
}
