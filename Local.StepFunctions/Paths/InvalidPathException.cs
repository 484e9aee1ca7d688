namespace OrderEvents.Local.StepFunctions.Paths;

/// <summary>
/// A path, payload template or intrinsic function call that CreateStateMachine would reject.
/// <see cref="Reason"/> says what was expected and where; the message quotes the expression.
/// </summary>
public sealed class InvalidPathException : InvalidDefinitionException
{
    public InvalidPathException(string expression, string reason)
        : base($"Invalid path '{expression}': {reason}")
    {
        Expression = expression;
        Reason = reason;
    }

    private InvalidPathException(string expression, string reason, string message)
        : base(message)
    {
        Expression = expression;
        Reason = reason;
    }

    /// <summary>The rejected expression as written in the definition.</summary>
    public string Expression { get; }

    /// <summary>Why it was rejected, e.g. <c>expected ']' at position 7 but found end of path</c>.</summary>
    public string Reason { get; }

    /// <summary>A payload template error that is about the template's shape rather than one expression's syntax.</summary>
    public static InvalidPathException InTemplate(string expression, string reason) => new(expression, reason, reason);

    /// <summary>The same error, with a message that names the template field holding the expression.</summary>
    public InvalidPathException ForField(string fieldName) =>
        new(Expression, Reason, $"The value '{Expression}' of the field '{fieldName}' is not a valid JSONPath or intrinsic function call: {Reason}");
}
