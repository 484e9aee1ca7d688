using System.Runtime.InteropServices;
using LambdaArchitecture = Amazon.CDK.AWS.Lambda.Architecture;

namespace OrderEvents.Cdk.Bundling;

/// <summary>The Lambda instruction set and the matching .NET runtime identifier and Docker platform.</summary>
public sealed record TargetPlatform(Architecture Architecture)
{
    public string RuntimeIdentifier => Architecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";

    public string DockerPlatform => Architecture == Architecture.Arm64 ? "linux/arm64" : "linux/amd64";

    public LambdaArchitecture LambdaArchitecture =>
        Architecture == Architecture.Arm64 ? LambdaArchitecture.ARM_64 : LambdaArchitecture.X86_64;

    /// <summary>Native AOT cannot cross-compile between instruction sets without an extra toolchain.</summary>
    public bool MatchesHost =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && RuntimeInformation.OSArchitecture == Architecture;
}
