using System.Globalization;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Execution;

/// <summary>Builds the context object (<c>$$</c>) as Step Functions exposes it to JSONPath states.</summary>
internal static class ContextObject
{
    /// <param name="parts">The sections to build; the others are left out.</param>
    public static JsonObject Build(in StateContext context, ContextParts parts = ContextParts.All)
    {
        var scope = context.Scope;
        var identity = scope.Identity;
        var root = new JsonObject();
        if ((parts & ContextParts.Execution) != 0)
        {
            root["Execution"] = new JsonObject
            {
                ["Id"] = identity.ExecutionArn,
                ["Input"] = (parts & ContextParts.ExecutionInput) != 0 ? scope.OriginalInput?.DeepClone() : null,
                ["Name"] = identity.ExecutionName,
                ["RoleArn"] = identity.RoleArn,
                ["StartTime"] = FormatTimestamp(scope.StartDate),
                ["RedriveCount"] = 0,
            };
        }

        if ((parts & ContextParts.State) != 0)
        {
            root["State"] = new JsonObject
            {
                ["EnteredTime"] = FormatTimestamp(context.EnteredTime),
                ["Name"] = context.StateName,
                ["RetryCount"] = context.RetryCount,
            };
        }

        if ((parts & ContextParts.StateMachine) != 0)
        {
            root["StateMachine"] = new JsonObject
            {
                ["Id"] = identity.StateMachineArn,
                ["Name"] = identity.StateMachineName,
            };
        }

        if ((parts & ContextParts.Map) != 0 && context.MapItem is { } item)
        {
            root["Map"] = new JsonObject
            {
                ["Item"] = new JsonObject
                {
                    ["Index"] = item.Index,
                    ["Value"] = item.Value?.DeepClone(),
                },
            };
        }

        return root;
    }

    /// <summary>ISO 8601 in UTC with milliseconds, the form Step Functions writes timestamps in.</summary>
    public static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
