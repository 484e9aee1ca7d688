using OrderEvents.Handlers.Orders.Validation;

namespace OrderEvents.Handlers.Tests.Orders.Validation;

public sealed class CurrencyCodesTests
{
    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("JPY")]
    [InlineData("CHF")]
    [InlineData("XCG")]
    public void CirculatingCurrencies_AreKnown(string code) => Assert.True(CurrencyCodes.IsKnown(code));

    [Theory]
    [InlineData("usd")]
    [InlineData("XAU")]
    [InlineData("XXX")]
    [InlineData("DEM")]
    [InlineData("HRK")]
    [InlineData("US")]
    [InlineData("USDX")]
    public void LowerCaseMetalTestingAndWithdrawnCodes_AreNot(string code) => Assert.False(CurrencyCodes.IsKnown(code));
}
