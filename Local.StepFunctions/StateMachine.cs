using System.Text.Json;
using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;
using OrderEvents.Local.StepFunctions.Execution;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.StepFunctions;

/// <summary>
/// A parsed and validated Amazon States Language (JSONPath) definition. Parse once, then run any number of
/// executions, concurrently if wanted: the parsed states are immutable.
/// </summary>
public sealed class StateMachine
{
    /// <summary>How deeply an execution input may nest: more than System.Text.Json's default of 64 levels.</summary>
    public const int MaxInputDepth = 256;

    private static readonly JsonDocumentOptions InputOptions = new() { MaxDepth = MaxInputDepth };

    private static readonly HashSet<string> TopLevelFields = ["Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage"];

    private readonly StateGraph _graph;
    private readonly TimeSpan? _timeout;

    private StateMachine(StateGraph graph, TimeSpan? timeout)
    {
        _graph = graph;
        _timeout = timeout;
    }

    /// <summary>The names of the top-level states, in definition order.</summary>
    public IReadOnlyCollection<string> StateNames => _graph.States.Keys;

    /// <summary>Parses and validates a definition as CreateStateMachine would.</summary>
    /// <exception cref="InvalidDefinitionException">The definition is invalid; the message names the state and field.</exception>
    public static StateMachine Parse(string definitionJson)
    {
        ArgumentNullException.ThrowIfNull(definitionJson);
        JsonNode? root;
        try
        {
            // A repeated key (two states with one name, End twice) is rejected rather than silently resolved.
            root = JsonNode.Parse(definitionJson, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new InvalidDefinitionException($"Definition: not valid JSON: {e.Message}", e);
        }

        if (root is not JsonObject json)
        {
            throw new InvalidDefinitionException("Definition: must be a JSON object with StartAt and States");
        }

        var reader = new FieldReader(json, "Definition");
        reader.RejectUnknownFields(TopLevelFields, "a state machine definition");
        var language = reader.OptionalString("QueryLanguage") ?? "JSONPath";
        if (language != "JSONPath")
        {
            throw reader.Error($"field 'QueryLanguage' is '{language}'; the local runtime runs JSONPath definitions only");
        }

        var timeout = reader.OptionalInteger("TimeoutSeconds", 1, 99_999_999);
        var graph = GraphParser.Parse(reader, string.Empty);
        _ = reader.OptionalString("Comment"); // only its type matters
        return new StateMachine(graph, timeout is null ? null : TimeSpan.FromSeconds(timeout.Value));
    }

    /// <summary>Reads a definition file, replaces its <c>${Name}</c> substitution variables, and parses it.</summary>
    /// <exception cref="InvalidDefinitionException">The file cannot be read, a variable has no value, or the definition is invalid.</exception>
    public static StateMachine ParseFile(string path, IReadOnlyDictionary<string, string>? substitutions = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidDefinitionException($"Definition: cannot read '{path}': {e.Message}", e);
        }

        return Parse(DefinitionSubstitutions.Apply(text, substitutions));
    }

    /// <summary>
    /// Runs one execution. A <see langword="null"/> input is <c>{}</c>, as StartExecution defaults it. The input
    /// is never modified. Cancelling ends the execution as Aborted.
    /// </summary>
    public Task<ExecutionResult> ExecuteAsync(JsonNode? input, ExecutionOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return RunAsync(input ?? new JsonObject(), inputText: null, options, ct);
    }

    /// <summary>
    /// Runs one execution on its input as UTF-8 JSON text, the way StartExecution receives it: the input's size
    /// is the size of this text, and a first task that passes the whole input on sends this text as it is
    /// instead of writing the parsed input out again. The bytes must not change until the execution ends.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="inputJson"/> is not valid JSON; the message says where.</exception>
    public Task<ExecutionResult> ExecuteJsonAsync(ReadOnlyMemory<byte> inputJson, ExecutionOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonNode? input;
        try
        {
            input = JsonNode.Parse(inputJson.Span, documentOptions: InputOptions);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The execution input is not valid JSON: {e.Message}", nameof(inputJson), e);
        }

        // The text null reads as no input, which is {} as in the overload above.
        return input is null
            ? RunAsync(new JsonObject(), inputText: null, options, ct)
            : RunAsync(input, inputJson, options, ct);
    }

    private async Task<ExecutionResult> RunAsync(JsonNode input, ReadOnlyMemory<byte>? inputText, ExecutionOptions options, CancellationToken ct)
    {
        var random = RandomSource.From(options.Random);
        var identity = ExecutionIdentity.Create(options, random);
        var maxDuration = _timeout is { } limit && limit < options.MaxDuration ? limit : options.MaxDuration;
        var scope = new ExecutionScope(options, random, identity, input, maxDuration);
        if (scope.IsTracing)
        {
            scope.Emit(TraceEventType.ExecutionStarted, null, input);
        }

        StepResult result;
        try
        {
            result = InputTooLarge(input, inputText, scope)
                ? StepResult.Failure(StatesError.DataLimitExceeded, "The execution input exceeds the maximum number of bytes service limit.")
                : await _graph.RunAsync(input, scope, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return Finish(scope, ExecutionStatus.Aborted, null, null, TraceEventType.ExecutionAborted);
        }

        if (result.Error is { } error)
        {
            return scope.IsTimedOut
                ? Finish(scope, ExecutionStatus.TimedOut, null, error, TraceEventType.ExecutionTimedOut)
                : Finish(scope, ExecutionStatus.Failed, null, error, TraceEventType.ExecutionFailed);
        }

        // The output may still sit inside another document (or be the caller's input); hand out a free node.
        var output = ReferenceEquals(result.Output, input) ? input.DeepClone() : JsonNodes.Adoptable(result.Output);
        return Finish(scope, ExecutionStatus.Succeeded, output, null, TraceEventType.ExecutionSucceeded);
    }

    /// <summary>Measures the input by its text, written once when not given; the text is kept for a first task that sends the input as is.</summary>
    private static bool InputTooLarge(JsonNode input, ReadOnlyMemory<byte>? inputText, ExecutionScope scope)
    {
        if (inputText is { } given)
        {
            scope.RememberUtf8(input, given);
            return PayloadLimit.Exceeds(given.Length);
        }

        using var text = JsonPayload.Write(input);
        if (PayloadLimit.Exceeds(text.Length))
        {
            return true;
        }

        scope.RememberUtf8(input, text.Bytes.ToArray());
        return false;
    }

    private static ExecutionResult Finish(ExecutionScope scope, ExecutionStatus status, JsonNode? output, StatesError? error, TraceEventType finalEvent)
    {
        if (scope.IsTracing)
        {
            scope.Emit(finalEvent, null, output, error);
        }

        return new ExecutionResult
        {
            Status = status,
            Output = output,
            Error = string.IsNullOrEmpty(error?.Error) ? null : error.Error,
            Cause = string.IsNullOrEmpty(error?.Cause) ? null : error.Cause,
            ExecutionArn = scope.Identity.ExecutionArn,
            StartDate = scope.StartDate,
            StopDate = scope.Time.GetUtcNow(),
            Trace = scope.TraceSnapshot(),
        };
    }
}
