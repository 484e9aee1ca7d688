using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Tests.Mocking;
using OrderEvents.Local.StepFunctions.Time;

namespace OrderEvents.Local.StepFunctions.Tests.Differential;

/// <summary>
/// One file of Cases/: a definition and its input, plus, where moto departs from the AWS documentation, the
/// documented outcome (<c>awsExpected</c>) and where it is documented (<c>awsReference</c>).
/// </summary>
internal sealed record DifferentialCase(string Name, JsonNode Definition, JsonNode? Input, ExecutionOutcome? AwsExpected)
{
    public static string Folder { get; } = RepositoryFiles.PathOf("Local.StepFunctions.Tests", "Differential", "Cases");

    public static IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFiles(Folder, "*.json").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)];

    public static DifferentialCase Load(string name)
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")))
            ?? throw new InvalidDataException($"Case '{name}' is empty.");
        var definition = file["definition"] ?? throw new InvalidDataException($"Case '{name}' has no definition.");
        var expected = file["awsExpected"];
        if (expected is not null && file["awsReference"] is null)
        {
            throw new InvalidDataException($"Case '{name}' records an AWS expectation without its awsReference.");
        }

        return new DifferentialCase(name, definition, file["input"], expected is null ? null : ExecutionOutcome.FromJson(expected));
    }

    /// <summary>Runs the case on our engine, named like the state machine moto creates for it.</summary>
    public async Task<ExecutionOutcome> RunAsync()
    {
        StateMachine machine;
        try
        {
            machine = StateMachine.Parse(Definition.ToJsonString());
        }
        catch (InvalidDefinitionException rejected)
        {
            return new ExecutionOutcome(ExecutionOutcome.Rejected, null, null, rejected.Message);
        }

        var options = new ExecutionOptions
        {
            StateMachineName = Name,
            Time = new VirtualTimeProvider(),
            Random = new Random(20240601),
            RecordTrace = false,
        };
        return ExecutionOutcome.From(await machine.ExecuteAsync(Input?.DeepClone(), options));
    }
}
