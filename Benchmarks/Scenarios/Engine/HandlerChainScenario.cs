using System.Globalization;
using System.Text;
using OrderEvents.Benchmarks.Harness;
using OrderEvents.Benchmarks.Workloads;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Local.OrderFlow;

namespace OrderEvents.Benchmarks.Scenarios.Engine;

/// <summary>
/// Scenario 1c (reference): the handlers of one order called directly, without the engine —
/// ValidateOrder, ProcessPayment, then NotifyCustomer or (declined) RecordFailure — with scenario 1's
/// settings. Beside scenarios 1 and 1b it shows where an execution's time goes.
/// </summary>
internal sealed class HandlerChainScenario : IScenario
{
    private const int BatchSize = 32;

    private static readonly byte[] DeclinedRecord = Encoding.UTF8.GetBytes(
        """{"failedState":"ProcessPayment","executionId":"arn:aws:states:us-east-1:123456789012:execution:OrderWorkflow:bench","input":{"detail":{"orderId":"ORD-1"},"error":{"Error":"PaymentDeclined","Cause":"declined"}}}""");

    public string Id => "1c";

    public string Title => "Order handlers called directly (no engine)";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var envelopes = OrderEnvelopes.FromEntriesFile(context.InRepository("events/order-placed.json"));
        var outbox = Path.Combine(Path.GetTempPath(), "orderevents-bench-outbox");
        var workers = BenchContext.AllCores;
        long declined = 0, total = 0;

        Func<int, ValueTask<int>> NewRound()
        {
            var functions = OrderEventsApp.Create(new LocalSettings { Seed = OrderWorkflowScenario.Seed, OutboxDirectory = outbox, WriteEmails = false }).Functions;
            var keys = new WorkerKeys(workers);
            return async worker =>
            {
                for (var i = 0; i < BatchSize; i++)
                {
                    var envelope = Encoding.UTF8.GetBytes(envelopes.Create(keys.Next(worker)));
                    var order = Expect(await functions.InvokeAsync(FunctionNames.ValidateOrder, envelope, cancellationToken), FunctionNames.ValidateOrder);
                    var payment = await functions.InvokeAsync(FunctionNames.ProcessPayment, order, cancellationToken);
                    if (payment.Error is null)
                    {
                        Expect(await functions.InvokeAsync(FunctionNames.NotifyCustomer, payment.Payload!, cancellationToken), FunctionNames.NotifyCustomer);
                    }
                    else
                    {
                        Interlocked.Increment(ref declined);
                        Expect(await functions.InvokeAsync(FunctionNames.RecordFailure, DeclinedRecord, cancellationToken), FunctionNames.RecordFailure);
                    }
                }

                Interlocked.Add(ref total, BatchSize);
                return BatchSize;
            };
        }

        var throughput = await context.Throughput.MeasureAsync(workers, NewRound, cancellationToken);
        return
        [
            new Measurement(Id, $"{Title}, {workers} workers", "orders/s", MetricUnit.PerSecond, throughput.Rates)
            {
                Note = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{throughput.DescribeWarmUp()}; reference for row 1: three handler calls per order, {100.0 * declined / Math.Max(1, total):0}% declined."),
            },
        ];
    }

    private static byte[] Expect(Local.StepFunctions.Tasks.LambdaInvocationResult result, string function) =>
        result.Payload ?? throw new InvalidOperationException($"{function} failed: {result.Error}");
}
