using OrderEvents.Handlers.Orders.Validation;

namespace OrderEvents.Handlers.Tests.Orders.Validation;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("example@example.com")]
    [InlineData("jane.doe+orders@mail.example.co.uk")]
    [InlineData("o'brien@example.ie")]
    [InlineData("x@a-b.io")]
    public void CommonAddresses_AreValid(string address) => Assert.True(EmailAddress.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData("jane")]
    [InlineData("@example.com")]
    [InlineData("jane@")]
    [InlineData("jane@example")]
    [InlineData(".jane@example.com")]
    [InlineData("jane.@example.com")]
    [InlineData("jane@-example.com")]
    [InlineData("jane@example-.com")]
    [InlineData("jane@example..com")]
    [InlineData("jane@example.c")]
    [InlineData("jane@example.123")]
    [InlineData("jane doe@example.com")]
    [InlineData("jane@exa_mple.com")]
    [InlineData("\"jane\"@example.com")]
    public void MalformedAddresses_AreInvalid(string address) => Assert.False(EmailAddress.IsValid(address));

    [Fact]
    public void LocalPartsOver64Characters_AreInvalid()
    {
        Assert.True(EmailAddress.IsValid(new string('a', 64) + "@example.com"));
        Assert.False(EmailAddress.IsValid(new string('a', 65) + "@example.com"));
    }

    [Fact]
    public void AddressesOver254Characters_AreInvalid() =>
        Assert.False(EmailAddress.IsValid("a@" + string.Join('.', Enumerable.Repeat(new string('b', 50), 5)) + ".com"));
}
