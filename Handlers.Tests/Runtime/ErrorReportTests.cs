using System.Text;
using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Runtime;

namespace OrderEvents.Handlers.Tests.Runtime;

public sealed class ErrorReportTests
{
    [Fact]
    public void FunctionException_IsReportedWithItsTypeAndMessage_AndNoStack()
    {
        var report = ErrorReport.From(new FunctionException("PaymentDeclined", "Payment processing failed"));

        Assert.Equal(
            """{"errorMessage":"Payment processing failed","errorType":"PaymentDeclined","stackTrace":[]}""",
            Encoding.UTF8.GetString(report.ToJson()));
    }

    [Fact]
    public void Document_KeepsApostrophesAndAccentsReadable()
    {
        var report = new ErrorReport("InvalidOrder", "customer must be an e-mail address (got 'Zoë')", []);

        Assert.Contains("(got 'Zoë')", Encoding.UTF8.GetString(report.ToJson()), StringComparison.Ordinal);
    }

    [Fact]
    public void OtherException_IsReportedWithItsTypeName_AndStackLines()
    {
        Exception caught;
        try
        {
            throw new FormatException("bad \"value\"");
        }
        catch (FormatException exception)
        {
            caught = exception;
        }

        var report = ErrorReport.From(caught);

        Assert.Equal("FormatException", report.ErrorType);
        Assert.Equal("bad \"value\"", report.ErrorMessage);
        Assert.Contains(report.StackTrace, line => line.StartsWith("at ", StringComparison.Ordinal));
        Assert.Contains("\"errorMessage\":\"bad \\\"value\\\"\"", Encoding.UTF8.GetString(report.ToJson()), StringComparison.Ordinal);
    }
}
