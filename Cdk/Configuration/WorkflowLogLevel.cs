namespace OrderEvents.Cdk.Configuration;

/// <summary>Execution log levels an Express state machine supports.</summary>
public enum WorkflowLogLevel
{
    All,
    Error,
    Fatal,
    Off,
}
