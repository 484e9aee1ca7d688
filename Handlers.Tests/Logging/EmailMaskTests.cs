using OrderEvents.Handlers.Logging;

namespace OrderEvents.Handlers.Tests.Logging;

public sealed class EmailMaskTests
{
    [Theory]
    [InlineData("jane@example.com", "j***@example.com")]
    [InlineData("j@example.com", "j***@example.com")]
    [InlineData("jane.doe+orders@mail.example.co.uk", "j***@mail.example.co.uk")]
    [InlineData("@example.com", "***@example.com")]
    [InlineData("no-at-sign", "***")]
    [InlineData("", "***")]
    public void Mask_KeepsOnlyTheFirstCharacterAndTheDomain(string email, string expected) =>
        Assert.Equal(expected, EmailMask.Mask(email));

    [Fact]
    public void Mask_OfNull_IsNull() => Assert.Null(EmailMask.Mask(null));
}
