namespace OrderEvents.Local.StepFunctions.Paths;

/// <summary>Where a path written inside a larger expression ends.</summary>
internal enum PathStop
{
    /// <summary>The path is the whole string.</summary>
    EndOfText,

    /// <summary>Inside an intrinsic call: a path ends at a top-level <c>,</c>, <c>)</c> or blank.</summary>
    IntrinsicArgument,

    /// <summary>Inside a filter: a path ends at an operator, <c>)</c> or blank.</summary>
    FilterOperand,
}
