using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Choice;

/// <summary>Holds when every operand holds (evaluated left to right, stopping at the first false).</summary>
internal sealed class AndCondition(ChoiceCondition[] operands) : ChoiceCondition
{
    public override bool Evaluate(JsonNode? input, in StateContext context)
    {
        foreach (var operand in operands)
        {
            if (!operand.Evaluate(input, context))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Holds when any operand holds (stopping at the first true).</summary>
internal sealed class OrCondition(ChoiceCondition[] operands) : ChoiceCondition
{
    public override bool Evaluate(JsonNode? input, in StateContext context)
    {
        foreach (var operand in operands)
        {
            if (operand.Evaluate(input, context))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Holds when its operand does not.</summary>
internal sealed class NotCondition(ChoiceCondition operand) : ChoiceCondition
{
    public override bool Evaluate(JsonNode? input, in StateContext context) => !operand.Evaluate(input, context);
}
