namespace OrderEvents.Local.Functions;

/// <summary>
/// A function as a caller names it: <c>Name</c>, <c>Name:qualifier</c>, a partial ARN
/// <c>123456789012:function:Name</c>, or a full ARN
/// <c>arn:aws:lambda:us-east-1:123456789012:function:Name[:qualifier]</c>.
/// </summary>
internal sealed record FunctionReference(string Name, string? Region, string? AccountId, string? Qualifier)
{
    public static FunctionReference? TryParse(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var parts = value.Split(':');
        return parts switch
        {
            [var name] => Named(name, null, null, null),
            [var name, var qualifier] => Named(name, null, null, qualifier),
            [var account, "function", var name] => Named(name, null, account, null),
            [var account, "function", var name, var qualifier] => Named(name, null, account, qualifier),
            ["arn", "aws", "lambda", var region, var account, "function", var name] => Named(name, region, account, null),
            ["arn", "aws", "lambda", var region, var account, "function", var name, var qualifier] => Named(name, region, account, qualifier),
            _ => null,
        };
    }

    private static FunctionReference? Named(string name, string? region, string? account, string? qualifier) =>
        name.Length is > 0 and <= 64 && (qualifier is null || qualifier.Length > 0)
            ? new FunctionReference(name, region, account, qualifier)
            : null;
}
