using System.Runtime.InteropServices;
using OrderEvents.Cdk.Bundling;

namespace OrderEvents.Cdk.Tests.Bundling;

public sealed class NativeAotLocalBundlingTests
{
    [Fact]
    public void TryBundle_ForAnotherInstructionSet_DeclinesWithoutBuildingSoDockerIsUsed()
    {
        var other = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? Architecture.X64 : Architecture.Arm64;
        var output = Directory.CreateTempSubdirectory("bundle-").FullName;
        try
        {
            // The project path does not exist: declining must happen before any build is attempted.
            var bundling = new NativeAotLocalBundling("/nonexistent/Handlers.csproj", new TargetPlatform(other));

            Assert.False(bundling.TryBundle(output, null!));
            Assert.Empty(Directory.EnumerateFileSystemEntries(output));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
