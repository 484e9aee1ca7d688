using OrderEvents.Benchmarks.Workloads;

namespace OrderEvents.Benchmarks.Tests.Workloads;

public sealed class WorkerKeysTests
{
    [Fact]
    public void Next_CountsPerWorkerAndNeverRepeatsAcrossWorkers()
    {
        var keys = new WorkerKeys(2, "r1-");

        string[] issued = [keys.Next(0), keys.Next(1), keys.Next(0), keys.Next(1)];

        Assert.Equal(["r1-0-0", "r1-1-0", "r1-0-1", "r1-1-1"], issued);
    }
}
