using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Tests.Support;

namespace OrderEvents.Handlers.Tests.Hosting;

public sealed class FunctionCatalogTests
{
    [Theory]
    [InlineData("ValidateOrder")]
    [InlineData("ProcessPayment")]
    [InlineData("NotifyCustomer")]
    [InlineData("RecordFailure")]
    public void Create_BuildsTheNamedFunction(string name) =>
        Assert.Equal(name, FunctionCatalog.Create(name, Invocations.Dependencies()).Name);

    [Fact]
    public void CreateAll_BuildsTheFourFunctions()
    {
        var functions = FunctionCatalog.CreateAll(Invocations.Dependencies());

        Assert.Equal(["NotifyCustomer", "ProcessPayment", "RecordFailure", "ValidateOrder"], functions.Keys.Order(StringComparer.Ordinal));
        Assert.All(functions, pair => Assert.Equal(pair.Key, pair.Value.Name));
    }

    [Theory]
    [InlineData("validateorder")]
    [InlineData("bootstrap")]
    [InlineData("")]
    [InlineData(null)]
    public void Create_RejectsOtherNames_ListingTheValidOnes(string? name)
    {
        var error = Assert.Throws<UnknownHandlerException>(() => FunctionCatalog.Create(name, Invocations.Dependencies()));

        Assert.Equal("Runtime.HandlerNotFound", error.ErrorType);
        Assert.EndsWith("expected one of: ValidateOrder, ProcessPayment, NotifyCustomer, RecordFailure.", error.Message, StringComparison.Ordinal);
    }
}
