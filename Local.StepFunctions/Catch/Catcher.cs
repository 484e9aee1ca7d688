using OrderEvents.Local.StepFunctions.DataFlow;
using OrderEvents.Local.StepFunctions.Definition;

namespace OrderEvents.Local.StepFunctions.Catch;

/// <summary>One entry of a Catch field: where to go, and where its ResultPath puts {Error, Cause} in the raw input.</summary>
internal sealed class Catcher(string[] errorEquals, string next, ResultPathField resultPath)
{
    private static readonly HashSet<string> Fields = ["ErrorEquals", "Next", "ResultPath", "Comment"];

    public string[] ErrorEquals { get; } = errorEquals;

    public string Next { get; } = next;

    public ResultPathField ResultPath { get; } = resultPath;

    public static Catcher Parse(FieldReader reader)
    {
        reader.RejectUnknownFields(Fields, "a catcher");
        return new Catcher(reader.RequiredStrings("ErrorEquals"), reader.RequiredString("Next"), ResultPathField.Read(reader, "ResultPath"));
    }
}
