namespace OrderEvents.Local.StepFunctions;

/// <summary>Receives trace events live. Called from the executing thread; keep it fast and thread-safe.</summary>
public interface IExecutionObserver
{
    void OnEvent(TraceEvent e);
}
