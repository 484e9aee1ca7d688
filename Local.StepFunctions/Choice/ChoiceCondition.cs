using System.Text.Json.Nodes;
using OrderEvents.Local.StepFunctions.Execution;

namespace OrderEvents.Local.StepFunctions.Choice;

/// <summary>A Boolean expression of a choice rule: a comparison, or And/Or/Not over others.</summary>
internal abstract class ChoiceCondition
{
    public abstract bool Evaluate(JsonNode? input, in StateContext context);
}
