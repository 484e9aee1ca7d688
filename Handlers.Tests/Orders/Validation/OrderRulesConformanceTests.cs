using System.Text;
using System.Text.Json;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Orders.Validation;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Orders.Validation;

/// <summary>
/// Runs every case of order-rules.cases.json through ValidateOrder: valid orders (no problems listed) pass, invalid
/// ones fail with exactly the listed problems. A case gives "detail" (its JSON text, wrapped in an OrderPlaced
/// envelope), a whole "event", or a "raw" payload.
/// </summary>
public sealed class OrderRulesConformanceTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Cases = new(LoadCases);

    public static TheoryData<string> CaseNames() => [.. Cases.Value.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Case_ReportsExactlyTheExpectedProblems(string name)
    {
        var testCase = Cases.Value[name];
        var payload = Encoding.UTF8.GetBytes(Payload(testCase));
        var expected = testCase.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        var handler = FunctionCatalog.Create(FunctionNames.ValidateOrder, Invocations.Dependencies());

        if (expected.Count == 0)
        {
            var result = await handler.InvokeAsync(payload, Invocations.Context(), CancellationToken.None);
            Assert.Equal("Order Validated", JsonDocument.Parse(result).RootElement.GetProperty("status").GetString());
        }
        else
        {
            var error = await Assert.ThrowsAsync<InvalidOrderException>(
                async () => await handler.InvokeAsync(payload, Invocations.Context(), CancellationToken.None));
            Assert.Equal("InvalidOrder", error.ErrorType);
            Assert.Equal(expected, error.Problems);
        }
    }

    private static string Payload(JsonElement testCase)
    {
        if (testCase.TryGetProperty("raw", out var raw))
        {
            return raw.GetString()!;
        }

        if (testCase.TryGetProperty("event", out var whole))
        {
            return whole.GetRawText();
        }

        var detailType = testCase.TryGetProperty("detailType", out var type) ? type.GetString()! : "OrderPlaced";
        // "detail" holds the detail's exact JSON text, so cases can carry repeated keys or numbers like 1e400.
        return Invocations.Envelope(testCase.GetProperty("detail").GetString()!, detailType);
    }

    private static Dictionary<string, JsonElement> LoadCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Orders", "Validation", "order-rules.cases.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone(), StringComparer.Ordinal);
    }
}
