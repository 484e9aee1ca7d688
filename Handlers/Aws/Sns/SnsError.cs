namespace OrderEvents.Handlers.Aws.Sns;

/// <summary>An SNS <c>ErrorResponse/Error</c> document.</summary>
/// <param name="Type">Sender or Receiver.</param>
/// <param name="Code">e.g. NotFound, InvalidParameter, AuthorizationError, Throttling.</param>
public sealed record SnsError(string Type, string Code, string Message, string? RequestId);
