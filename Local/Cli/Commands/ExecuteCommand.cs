using System.Text;
using OrderEvents.Local.Cli.Arguments;
using OrderEvents.Local.Cli.Inputs;
using OrderEvents.Local.Cli.Output;
using OrderEvents.Local.OrderFlow;
using OrderEvents.Local.StepFunctions;
using OrderEvents.Local.StepFunctions.Mocking;

namespace OrderEvents.Local.Cli.Commands;

/// <summary>
/// <c>execute</c>: runs any ASL definition once (or <c>--repeat N</c> times for a throughput figure) with
/// Lambda tasks served by the in-process OrderEvents functions and <c>sns:publish</c> by the local topics.
/// </summary>
internal sealed class ExecuteCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "execute",
        "Run any state machine definition with the in-process functions and local topics.",
        "Runs a state machine definition (Amazon States Language, JSONPath) and prints its trace and result. Lambda tasks call the "
        + "OrderEvents functions in-process by name (ValidateOrder, ProcessPayment, NotifyCustomer, RecordFailure); the definition "
        + "may use ${ValidateOrderFunctionArn}-style substitutions. sns:publish tasks publish to the local topics.",
        [
            OptionSpec.Value("definition", "FILE", "The definition file (JSON).", required: true),
            OptionSpec.Value("input", "JSON|@FILE", "The execution input (default {})."),
            OptionSpec.Flag("json", "Print exactly one JSON object: {status, output} or {status, error, cause}."),
            OptionSpec.Value("state-machine", "NAME", "The state machine name (for the ARN and --mock-config; default: the only one in the mock config, else the file name)."),
            OptionSpec.Value("repeat", "N", "Run N more times after a warm-up, trace off, on all cores; print executions/s on stderr."),
            .. RuntimeOptions.Specs,
        ],
        "orderevents-local execute --definition workflow/order-workflow.asl.json --input @envelope.json --virtual-time");

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var definition = InputText.ExistingPath(arguments.Required("definition"), "definition", context.WorkingDirectory);
        var inputText = InputText.Read(arguments.Value("input") ?? "{}", "input", context.WorkingDirectory, allowAtFile: true);
        _ = JsonInput.Parse(inputText, "input"); // a clear usage error for malformed input, before anything starts
        var input = Encoding.UTF8.GetBytes(inputText);
        var repeat = arguments.Integer("repeat", 1, 1_000_000_000);
        var mockConfig = RuntimeOptions.MockConfig(arguments, context);
        var name = arguments.Value("state-machine") ?? DefaultName(definition, mockConfig);
        var mocks = RuntimeOptions.MockSessions(arguments, mockConfig, name);

        using var logs = RuntimeOptions.FunctionLogs(arguments, context);
        var settings = RuntimeOptions.Settings(arguments, context, logs.Sink);
        var app = OrderEventsApp.Create(settings);
        await using var processes = await RuntimeOptions.LambdaModeAsync(arguments, app, context, logs.Sink, cancellationToken);
        StateMachine machine;
        try
        {
            machine = StateMachine.ParseFile(definition, app.Substitutions);
        }
        catch (InvalidDefinitionException ex)
        {
            throw new UsageException($"--definition: {DisplayLine.Of(ex.Message)}");
        }

        var options = app.ExecutionOptions with { StateMachineName = name };
        var result = await machine.ExecuteJsonAsync(input, options with { Mocks = mocks() }, cancellationToken);
        if (arguments.Has("json"))
        {
            await context.Out.WriteLineAsync(ExecutionJson.Result(result).ToJsonString(JsonFormats.Indented));
        }
        else
        {
            WriteText(context, result);
        }

        if (repeat is { } count)
        {
            // The repeated runs get their own app: fresh payment records, e-mails counted rather than written. In
            // process mode that takes processes of their own, whose SNS endpoint publishes to the quiet app's topic.
            var quiet = OrderEventsApp.Create(settings with { WriteEmails = false });
            await using var quietProcesses = processes is null
                ? null
                : await RuntimeOptions.LambdaModeAsync(arguments, quiet, context, logs.Sink, cancellationToken);

            var repeatOptions = quiet.ExecutionOptions with { StateMachineName = name };
            var figures = await RepeatRun.RunAsync(machine, input, repeatOptions, mocks, count, context.Time, cancellationToken);
            await context.Error.WriteLineAsync(figures.Describe());
        }

        return ExitCodes.Success;
    }

    private static string DefaultName(string definition, MockConfig? mocks) =>
        mocks?.StateMachineNames.Count == 1 ? mocks.StateMachineNames.First() : Path.GetFileName(definition).Split('.')[0];

    private static void WriteText(CliContext context, ExecutionResult result)
    {
        var style = context.Style;
        var output = context.Out;
        output.WriteLine(style.Dim($"execution {result.ExecutionArn}"));
        TraceView.Write(output, TraceSteps.From(result.Trace), style, "  ");
        var status = ExecutionJson.StatusName(result.Status);
        var elapsed = style.Dim($"in {DisplayText.Duration(result.StopDate - result.StartDate)}");
        if (result.Status == ExecutionStatus.Succeeded)
        {
            output.WriteLine($"{style.Green(status)} {elapsed}");
            output.WriteLine(result.Output?.ToJsonString(JsonFormats.Indented) ?? "null");
        }
        else
        {
            output.WriteLine($"{style.Red(status)} {elapsed}");
            output.WriteLine($"error: {result.Error}");
            output.WriteLine($"cause: {result.Cause}");
        }
    }
}
