using System.Buffers;
using System.Globalization;
using System.Text.Json;
using OrderEvents.Handlers.Events;
using OrderEvents.Handlers.Logging;

namespace OrderEvents.Handlers.Orders.Validation;

/// <summary>
/// The OrderPlaced rules. <see cref="Check"/> returns every problem, in field order, so a user fixes an
/// event in one go.
/// </summary>
internal static class OrderRules
{
    public const int MaxOrderIdLength = 64;

    private static readonly SearchValues<char> OrderIdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static List<string> Check(OrderDraft draft)
    {
        var problems = new List<string>();
        if (draft.EventKind != JsonValueKind.Object)
        {
            problems.Add($"the event must be a JSON object (got {Describe(draft.EventKind)})");
            return problems;
        }

        CheckDetailType(draft.DetailType, problems);
        if (draft.DetailKind == JsonValueKind.Object)
        {
            CheckDetail(draft, problems);
        }
        else
        {
            problems.Add(draft.DetailKind == JsonValueKind.Undefined
                ? "detail is required"
                : $"detail must be a JSON object (got {Describe(draft.DetailKind)})");
        }

        foreach (var path in draft.Repeated)
        {
            problems.Add($"{path} is given more than once");
        }

        return problems;
    }

    private static void CheckDetailType(TextField detailType, List<string> problems)
    {
        if (detailType.Kind == JsonValueKind.Undefined)
        {
            problems.Add($"detail-type is required (expected '{OrderEventNames.OrderPlaced}')");
        }
        else if (detailType.Value != OrderEventNames.OrderPlaced)
        {
            problems.Add($"detail-type must be '{OrderEventNames.OrderPlaced}' (got {Show(detailType)})");
        }
    }

    private static void CheckDetail(OrderDraft draft, List<string> problems)
    {
        if (RequireText(draft.OrderId, "orderId", problems) is { } orderId && !IsOrderId(orderId))
        {
            problems.Add($"orderId must be 1-{MaxOrderIdLength} characters of letters, digits, '-' or '_' (got {Quote(orderId)})");
        }

        if (RequireText(draft.Customer, "customer", problems) is { } customer && !EmailAddress.IsValid(customer))
        {
            // Echoed masked: messages end up in logs, where customer addresses never appear in clear.
            problems.Add($"customer must be an e-mail address (got {Quote(EmailMask.Mask(customer)!)})");
        }

        var linesTotal = OrderLineRules.Check(draft, problems);
        var total = CheckTotal(draft.Total, problems);
        CheckCurrency(draft, problems);
        if (linesTotal is { } sum && total is { } given && sum != given)
        {
            problems.Add($"total {Format(given)} does not equal the sum of the items ({Format(sum)})");
        }
    }

    private static decimal? CheckTotal(NumberField total, List<string> problems)
    {
        if (total.Kind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (total.Kind != JsonValueKind.Number)
        {
            problems.Add($"total must be a number (got {Describe(total.Kind)})");
        }
        else if (total.Value is not { } value)
        {
            problems.Add("total is out of range");
        }
        else if (value <= 0)
        {
            problems.Add($"total must be greater than 0 (got {Format(value)})");
        }
        else
        {
            return value;
        }

        return null;
    }

    private static void CheckCurrency(OrderDraft draft, List<string> problems)
    {
        var currency = draft.Currency;
        if (currency.Kind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            if (HasAmount(draft))
            {
                problems.Add("currency is required when the order has items or a total");
            }
        }
        else if (currency.Kind != JsonValueKind.String)
        {
            problems.Add($"currency must be a string (got {Describe(currency.Kind)})");
        }
        else if (!CurrencyCodes.IsKnown(currency.Value!))
        {
            problems.Add($"currency must be an ISO 4217 code such as USD or EUR (got {Quote(currency.Value!)})");
        }
    }

    private static bool HasAmount(OrderDraft draft) =>
        draft.ItemsKind is not (JsonValueKind.Undefined or JsonValueKind.Null)
        || draft.Total.Kind is not (JsonValueKind.Undefined or JsonValueKind.Null);

    /// <summary>The text of a required string field, or null after recording why it is unusable.</summary>
    public static string? RequireText(TextField field, string path, List<string> problems)
    {
        if (field.Kind == JsonValueKind.Undefined)
        {
            problems.Add($"{path} is required");
        }
        else if (field.Kind != JsonValueKind.String)
        {
            problems.Add($"{path} must be a string (got {Describe(field.Kind)})");
        }

        return field.Value;
    }

    private static bool IsOrderId(string value) =>
        value.Length is > 0 and <= MaxOrderIdLength
        && !value.AsSpan().ContainsAnyExcept(OrderIdCharacters);

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value echoed in a message: quoted, and cut short so a huge field cannot flood the error.</summary>
    public static string Quote(string value) =>
        value.Length <= 80 ? $"'{value}'" : $"'{value.AsSpan(0, 77)}...' ({value.Length} characters)";

    private static string Show(TextField field) =>
        field.Kind == JsonValueKind.String ? Quote(field.Value!) : Describe(field.Kind);
}
