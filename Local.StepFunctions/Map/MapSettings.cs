using OrderEvents.Local.StepFunctions.DataFlow;

namespace OrderEvents.Local.StepFunctions.Map;

/// <summary>The Map-specific fields, parsed.</summary>
internal sealed record MapSettings(DataPath? ItemsPath, TemplateField? ItemSelector, int MaxConcurrency, FailureTolerance Tolerance);
