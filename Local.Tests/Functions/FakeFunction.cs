using System.Text;
using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Local.Tests.Functions;

/// <summary>A function whose behaviour a test chooses; it remembers the last context it saw.</summary>
internal sealed class FakeFunction(string name, Func<ReadOnlyMemory<byte>, ValueTask<byte[]>> behaviour) : IFunctionHandler
{
    public string Name { get; } = name;

    public InvocationContext? LastContext { get; private set; }

    public static FakeFunction Echo(string name) => new(name, payload => ValueTask.FromResult(payload.ToArray()));

    public static FakeFunction Returning(string name, string json) => new(name, _ => ValueTask.FromResult(Encoding.UTF8.GetBytes(json)));

    public static FakeFunction Throwing(string name, Exception exception) => new(name, _ => throw exception);

    public ValueTask<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken)
    {
        LastContext = context;
        return behaviour(payload);
    }
}
