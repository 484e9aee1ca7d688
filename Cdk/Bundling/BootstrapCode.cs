using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;

namespace OrderEvents.Cdk.Bundling;

/// <summary>
/// The one deployment package all four functions share: the Native AOT <c>bootstrap</c> built from
/// Handlers/. Built locally when the host can; otherwise in an Amazon Linux 2023 container (the OS of
/// provided.al2023), which installs clang, zlib and the SDK pinned by global.json on each run.
/// </summary>
public static class BootstrapCode
{
    private const string BuildImage = "public.ecr.aws/amazonlinux/amazonlinux:2023";

    // Only what the publish reads feeds the asset hash; everything else in the repository is ignored.
    private static readonly string[] HashedSources =
    [
        "*", ".*",
        "!Handlers", "!Handlers/**", "Handlers/bin", "Handlers/obj", "!scripts", "!scripts/publish-bootstrap.sh",
        "!global.json", "!Directory.Build.props", "!Directory.Packages.props", "!.editorconfig", "!NuGet.config", "!nuget.config",
    ];

    public static AssetCode Create(RepositoryLayout layout, TargetPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(platform);
        return Code.FromAsset(layout.Root, new Amazon.CDK.AWS.S3.Assets.AssetOptions
        {
            IgnoreMode = IgnoreMode.GLOB,
            Exclude = HashedSources,
            Bundling = new BundlingOptions
            {
                Local = new NativeAotLocalBundling(layout.PublishBootstrapScript, platform),
                Image = DockerImage.FromRegistry(BuildImage),
                Platform = platform.DockerPlatform,
                User = "root",
                Environment = new Dictionary<string, string>
                {
                    ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                    ["DOTNET_NOLOGO"] = "1",
                },
                Command = ["bash", "-c", ContainerScript(platform)],
            },
        });
    }

    private static string ContainerScript(TargetPlatform platform) => string.Join(" && ",
        "dnf install -y -q clang zlib-devel libicu tar gzip findutils",
        "curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh",
        "bash /tmp/dotnet-install.sh --jsonfile /asset-input/global.json --install-dir /opt/dotnet",
        // Build from a copy so the container never writes root-owned bin/ and obj/ into the host's tree.
        "mkdir -p /tmp/src",
        "tar -C /asset-input --exclude=bin --exclude=obj -cf - Handlers scripts/publish-bootstrap.sh global.json "
            + "Directory.Build.props Directory.Packages.props .editorconfig | tar -C /tmp/src -xf -",
        $"PATH=/opt/dotnet:$PATH bash /tmp/src/scripts/publish-bootstrap.sh /tmp/publish {platform.RuntimeIdentifier}",
        "cp /tmp/publish/bootstrap /asset-output/bootstrap");
}
