using OrderEvents.Local.StepFunctions.Definition;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>Maps a Task state's Resource ARN to the integration that runs it, rejecting any other at parse time.</summary>
internal static class TaskResources
{
    private const string Supported =
        "arn:aws:states:::lambda:invoke, arn:aws:states:::sns:publish, arn:aws:lambda:<region>:<account>:function:<name>";

    public static TaskResource Resolve(FieldReader state)
    {
        var arn = state.RequiredString("Resource");
        var parts = arn.Split(':');
        if (parts.Length >= 6 && parts[0] == "arn" && parts[2] == "states" && parts[3].Length == 0 && parts[4].Length == 0)
        {
            switch (string.Join(':', parts[5..]))
            {
                case "lambda:invoke":
                    return LambdaInvokeResource.Create(arn, state);
                case "sns:publish":
                    return SnsPublishResource.Create(arn, state);
                case "lambda:invoke.waitForTaskToken":
                    throw state.Error($"Resource '{arn}' is not supported by the local runtime (callback tasks need SendTaskSuccess); supported: {Supported}");
            }
        }

        if (parts.Length is 7 or 8 && parts[0] == "arn" && parts[2] == "lambda" && parts[5] == "function" && parts[6].Length > 0)
        {
            return new LambdaFunctionResource(arn);
        }

        throw state.Error($"Resource '{arn}' is not supported by the local runtime; supported: {Supported}");
    }
}
