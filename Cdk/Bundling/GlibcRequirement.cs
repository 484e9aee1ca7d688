using System.Text;
using System.Text.RegularExpressions;

namespace OrderEvents.Cdk.Bundling;

/// <summary>
/// Finds the newest glibc symbol version an ELF executable asks for. A native bootstrap linked on a
/// host with a newer glibc may need symbols that provided.al2023 (glibc 2.34) does not have.
/// </summary>
public static partial class GlibcRequirement
{
    /// <summary>The glibc version of the provided.al2023 Lambda runtime.</summary>
    public static Version ProvidedAl2023 { get; } = new(2, 34);

    /// <returns>The highest <c>GLIBC_x.y</c> version named in the file, or null when there is none.</returns>
    public static Version? NewestRequired(string executablePath)
    {
        // Latin1 maps every byte to one char, so the version strings are found wherever they sit.
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(executablePath));
        Version? newest = null;
        foreach (Match match in GlibcVersion().Matches(text))
        {
            var version = Version.Parse(match.Groups[1].Value);
            if (newest is null || version > newest)
            {
                newest = version;
            }
        }

        return newest;
    }

    [GeneratedRegex(@"GLIBC_(\d+\.\d+(?:\.\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex GlibcVersion();
}
