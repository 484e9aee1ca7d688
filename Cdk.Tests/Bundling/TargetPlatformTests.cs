using System.Runtime.InteropServices;
using OrderEvents.Cdk.Bundling;

namespace OrderEvents.Cdk.Tests.Bundling;

public sealed class TargetPlatformTests
{
    [Theory]
    [InlineData(Architecture.X64, "linux-x64", "linux/amd64")]
    [InlineData(Architecture.Arm64, "linux-arm64", "linux/arm64")]
    public void Platform_MapsToTheMatchingRuntimeIdentifierAndDockerPlatform(Architecture architecture, string rid, string docker)
    {
        var platform = new TargetPlatform(architecture);

        Assert.Equal(rid, platform.RuntimeIdentifier);
        Assert.Equal(docker, platform.DockerPlatform);
    }
}
