namespace OrderEvents.Local.EventBridge.Patterns.Compilation;

/// <summary>The operator names a pattern may use inside a leaf array's match expression.</summary>
internal static class MatchTypes
{
    public const string Prefix = "prefix";
    public const string Suffix = "suffix";
    public const string EqualsIgnoreCase = "equals-ignore-case";
    public const string Wildcard = "wildcard";
    public const string AnythingBut = "anything-but";
    public const string Numeric = "numeric";
    public const string Exists = "exists";
    public const string Cidr = "cidr";
    public const string Or = "$or";

    /// <summary>Field names EventBridge refuses inside a <c>$or</c> branch, as they read as operators.</summary>
    public static bool IsReservedInOr(string name) => name is Prefix or Suffix or EqualsIgnoreCase
        or Wildcard or AnythingBut or Numeric or Exists or Cidr;
}
