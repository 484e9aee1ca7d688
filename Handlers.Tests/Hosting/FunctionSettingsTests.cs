using OrderEvents.Handlers.Hosting;

namespace OrderEvents.Handlers.Tests.Hosting;

public sealed class FunctionSettingsTests
{
    [Theory]
    [InlineData(null, 0.5)]
    [InlineData("", 0.5)]
    [InlineData("  ", 0.5)]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    [InlineData("0.25", 0.25)]
    [InlineData("1e-1", 0.1)]
    public void DeclineRate_AcceptsNumbersFromZeroToOne_DefaultingToHalf(string? value, double expected) =>
        Assert.Equal(expected, FunctionSettings.ParseDeclineRate(value));

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("NaN")]
    [InlineData("0,5")]
    [InlineData("50%")]
    public void DeclineRate_RejectsAnythingElse_NamingTheVariable(string value)
    {
        var error = Assert.Throws<ConfigurationException>(() => FunctionSettings.ParseDeclineRate(value));

        Assert.Equal("InvalidConfiguration", error.ErrorType);
        Assert.Equal($"PAYMENT_DECLINE_RATE must be a number between 0 and 1, such as 0.5 (got '{value}').", error.Message);
    }

    [Fact]
    public void FromValues_TreatsBlankAsUnset()
    {
        var settings = FunctionSettings.FromValues(" ", null, "");

        Assert.Equal(new FunctionSettings(null, 0.5, null), settings);
    }

    [Fact]
    public void FromValues_KeepsGivenValues()
    {
        var settings = FunctionSettings.FromValues("arn:aws:sns:eu-west-1:1:t", "0.1", "payments");

        Assert.Equal(new FunctionSettings("arn:aws:sns:eu-west-1:1:t", 0.1, "payments"), settings);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", null)]
    [InlineData("42", 42)]
    [InlineData("-7", -7)]
    [InlineData(" 2147483647 ", int.MaxValue)]
    public void SimulationSeed_IsAWholeNumber_OrUnset(string? value, int? expected) =>
        Assert.Equal(expected, FunctionSettings.ParseSimulationSeed(value));

    [Theory]
    [InlineData("4.2")]
    [InlineData("abc")]
    [InlineData("2147483648")]
    public void SimulationSeed_RejectsAnythingElse_NamingTheVariable(string value)
    {
        var error = Assert.Throws<ConfigurationException>(() => FunctionSettings.ParseSimulationSeed(value));

        Assert.Equal($"PAYMENT_SIMULATION_SEED must be a whole number between -2147483648 and 2147483647, such as 42 (got '{value}').", error.Message);
    }
}
