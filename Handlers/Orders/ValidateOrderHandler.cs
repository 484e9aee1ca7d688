using System.Text.Json;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Orders.Validation;
using OrderEvents.Handlers.Serialization;

namespace OrderEvents.Handlers.Orders;

/// <summary>
/// ValidateOrder: takes the OrderPlaced EventBridge envelope and returns the normalized order with status
/// "Order Validated", or fails with <c>InvalidOrder</c> listing every problem.
/// </summary>
public sealed class ValidateOrderHandler(StructuredLog log) : IFunctionHandler
{
    public string Name => FunctionNames.ValidateOrder;

    public ValueTask<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var order = Validate(payload.Span, context.RequestId);
        if (log.IsEnabled)
        {
            log.Write(LogLevel.Info, "Order validated", context.RequestId,
                LogField.String("orderId", order.OrderId),
                LogField.String("customer", EmailMask.Mask(order.Customer)),
                LogField.Decimal("total", order.Total),
                LogField.String("currency", order.Currency));
        }

        return ValueTask.FromResult(HandlerJson.Write(order));
    }

    private Order Validate(ReadOnlySpan<byte> payload, string requestId)
    {
        List<string> problems;
        OrderDraft? draft = null;
        try
        {
            draft = OrderPlacedReader.Read(payload);
            problems = OrderRules.Check(draft);
        }
        catch (JsonException ex)
        {
            problems = [$"the event is not valid JSON ({ex.Message})"];
        }

        if (problems.Count > 0)
        {
            log.Write(LogLevel.Warn, "Order rejected", requestId,
                LogField.String("orderId", draft?.OrderId.Value),
                LogField.List("problems", problems));
            throw new InvalidOrderException(problems);
        }

        return Normalize(draft!);
    }

    private static Order Normalize(OrderDraft draft)
    {
        OrderLine[]? lines = null;
        var total = draft.Total.Value;
        if (draft.Items.Count > 0)
        {
            lines = new OrderLine[draft.Items.Count];
            var sum = 0m;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = draft.Items[i];
                lines[i] = new OrderLine(line.Sku.Value!, (int)line.Quantity.Value!.Value, line.UnitPrice.Value!.Value);
                sum += lines[i].Quantity * lines[i].UnitPrice;
            }

            total = sum;
        }

        return new Order
        {
            Status = OrderStatus.Validated,
            OrderId = draft.OrderId.Value!,
            Customer = draft.Customer.Value!,
            Items = lines,
            Currency = draft.Currency.Value,
            Total = total,
            EventId = draft.EventId,
            EventTime = draft.EventTime,
        };
    }
}
