using System.Globalization;
using System.Text.Json.Nodes;

namespace OrderEvents.Local.StepFunctions.Tasks;

/// <summary>The SdkHttpMetadata and SdkResponseMetadata blocks AWS adds to service integration outputs.</summary>
internal static class SdkMetadata
{
    public static void Add(JsonObject output, string requestId, DateTimeOffset now, int contentLength, string contentType, int statusCode,
        params (string Name, string Value)[] extraHeaders)
    {
        var headers = new List<(string Name, string Value)>
        {
            ("Connection", "keep-alive"),
            ("Content-Length", contentLength.ToString(CultureInfo.InvariantCulture)),
            ("Content-Type", contentType),
            ("Date", now.ToString("r", CultureInfo.InvariantCulture)),
        };
        headers.AddRange(extraHeaders);
        headers.Add(("x-amzn-RequestId", requestId));

        var all = new JsonObject();
        var single = new JsonObject();
        foreach (var (name, value) in headers)
        {
            all[name] = new JsonArray(value);
            single[name] = value;
        }

        output["SdkHttpMetadata"] = new JsonObject
        {
            ["AllHttpHeaders"] = all,
            ["HttpHeaders"] = single,
            ["HttpStatusCode"] = statusCode,
        };
        output["SdkResponseMetadata"] = new JsonObject { ["RequestId"] = requestId };
    }
}
