using System.Text.Json;

namespace OrderEvents.Handlers.Orders.Validation;

/// <summary>The rules for <c>items</c>: optional, but when present a non-empty array of well-formed lines.</summary>
internal static class OrderLineRules
{
    /// <returns>The sum of the lines when every line is valid; otherwise (or without items) null.</returns>
    public static decimal? Check(OrderDraft draft, List<string> problems)
    {
        switch (draft.ItemsKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return null;
            case not JsonValueKind.Array:
                problems.Add($"items must be an array (got {OrderRules.Describe(draft.ItemsKind)})");
                return null;
        }

        if (draft.Items.Count == 0)
        {
            problems.Add("items must not be empty when present");
            return null;
        }

        var before = problems.Count;
        var sum = 0m;
        for (var i = 0; i < draft.Items.Count; i++)
        {
            if (CheckLine(draft.Items[i], i, problems) is { } amount)
            {
                sum = AddOrFlag(sum, amount, problems);
            }
        }

        return problems.Count == before ? sum : null;
    }

    private static decimal? CheckLine(LineDraft line, int index, List<string> problems)
    {
        if (line.Kind != JsonValueKind.Object)
        {
            problems.Add($"items[{index}] must be an object (got {OrderRules.Describe(line.Kind)})");
            return null;
        }

        if (OrderRules.RequireText(line.Sku, $"items[{index}].sku", problems) is { } sku && string.IsNullOrWhiteSpace(sku))
        {
            problems.Add($"items[{index}].sku must not be empty");
        }

        var quantity = CheckQuantity(line.Quantity, index, problems);
        var unitPrice = CheckUnitPrice(line.UnitPrice, index, problems);
        if (quantity is not { } q || unitPrice is not { } p)
        {
            return null;
        }

        try
        {
            return q * p;
        }
        catch (OverflowException)
        {
            problems.Add($"items[{index}] amount is too large");
            return null;
        }
    }

    private static int? CheckQuantity(NumberField field, int index, List<string> problems)
    {
        if (RequireNumber(field, $"items[{index}].quantity", "an integer", problems) is not { } value)
        {
            return null;
        }

        if (value != decimal.Truncate(value) || value < 1 || value > int.MaxValue)
        {
            problems.Add($"items[{index}].quantity must be a whole number of at least 1 (got {OrderRules.Format(value)})");
            return null;
        }

        return (int)value;
    }

    private static decimal? CheckUnitPrice(NumberField field, int index, List<string> problems)
    {
        if (RequireNumber(field, $"items[{index}].unitPrice", "a number", problems) is not { } value)
        {
            return null;
        }

        if (value <= 0)
        {
            problems.Add($"items[{index}].unitPrice must be greater than 0 (got {OrderRules.Format(value)})");
            return null;
        }

        return value;
    }

    private static decimal? RequireNumber(NumberField field, string path, string expected, List<string> problems)
    {
        if (field.Kind == JsonValueKind.Undefined)
        {
            problems.Add($"{path} is required");
        }
        else if (field.Kind != JsonValueKind.Number)
        {
            problems.Add($"{path} must be {expected} (got {OrderRules.Describe(field.Kind)})");
        }
        else if (field.Value is null)
        {
            problems.Add($"{path} is out of range");
        }

        return field.Value;
    }

    private static decimal AddOrFlag(decimal sum, decimal amount, List<string> problems)
    {
        try
        {
            return sum + amount;
        }
        catch (OverflowException)
        {
            problems.Add("the sum of the items is too large");
            return sum;
        }
    }
}
