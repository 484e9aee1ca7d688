using System.Text;
using OrderEvents.Cdk.Bundling;

namespace OrderEvents.Cdk.Tests.Bundling;

public sealed class GlibcRequirementTests : IDisposable
{
    private readonly string file = Path.GetTempFileName();

    [Fact]
    public void NewestRequired_SeveralVersionStrings_ReturnsTheHighest()
    {
        File.WriteAllBytes(file, [0x7f, .. "ELF\0GLIBC_2.2.5\0GLIBC_2.34\0GLIBC_2.17\0"u8]);

        Assert.Equal(new Version(2, 34), GlibcRequirement.NewestRequired(file));
    }

    [Fact]
    public void NewestRequired_NewerThanAmazonLinux2023_IsAboveTheProvidedRuntimeLimit()
    {
        File.WriteAllText(file, "GLIBC_2.28 GLIBC_2.38", Encoding.Latin1);

        Assert.True(GlibcRequirement.NewestRequired(file) > GlibcRequirement.ProvidedAl2023);
    }

    [Fact]
    public void NewestRequired_NoGlibcSymbols_ReturnsNull()
    {
        File.WriteAllText(file, "statically linked", Encoding.Latin1);

        Assert.Null(GlibcRequirement.NewestRequired(file));
    }

    public void Dispose() => File.Delete(file);
}
