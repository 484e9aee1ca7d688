using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Tests.Execution;

public sealed class ContextPartsScannerTests
{
    [Theory]
    [InlineData("$.a", ContextParts.None)]
    [InlineData("$$.Execution.Id", ContextParts.Execution)]
    [InlineData("$$.Execution.Input.orderId", ContextParts.Execution | ContextParts.ExecutionInput)]
    [InlineData("$$.Execution", ContextParts.Execution | ContextParts.ExecutionInput)]
    [InlineData("$$['Execution']['Input']", ContextParts.Execution | ContextParts.ExecutionInput)]
    [InlineData("$$.State.EnteredTime", ContextParts.State)]
    [InlineData("$$.StateMachine.Name", ContextParts.StateMachine)]
    [InlineData("$$.Map.Item.Value", ContextParts.Map)]
    [InlineData("$$", ContextParts.All)]
    [InlineData("$$..Name", ContextParts.All)]
    [InlineData("States.Format('{}/{}', $$.Execution.Name, $$.Map.Item.Index)", ContextParts.Execution | ContextParts.Map)]
    public void Scan_FindsEverySectionAnExpressionReads(string expression, object expected)
    {
        // The enum is internal, so the theory takes it boxed.
        Assert.Equal((ContextParts)expected, ContextPartsScanner.Scan(expression));
    }
}
