using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using OrderEvents.Handlers.Aws.Signing;
using OrderEvents.Handlers.Aws.Sns;

namespace OrderEvents.Handlers.IntegrationTests.Aws.Signing;

public sealed class SigV4SignerTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "Aws", "Signing");

    public static TheoryData<string> ReferenceCases() => [.. ReadCases(File.ReadAllText(Path.Combine(DataDirectory, "sigv4-reference.json"))).Keys];

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Sign_FixedPublishRequest_EqualsBotocoreAuthorizationHeader(string name)
    {
        var data = ReadCases(File.ReadAllText(Path.Combine(DataDirectory, "sigv4-reference.json")));
        var (case_, signedAt) = data[name];
        var body = Encoding.UTF8.GetBytes(case_.GetProperty("body").GetString()!);
        using var request = PublishRequest(case_.GetProperty("url").GetString()!, body);
        var credentials = new ImmutableCredentials(
            case_.GetProperty("accessKey").GetString(), case_.GetProperty("secretKey").GetString(), case_.GetProperty("sessionToken").GetString());
        var signer = new SigV4Signer(new BasicAWSCredentials("unused", "unused"), case_.GetProperty("region").GetString()!, "sns", TimeProvider.System);

        var authorization = signer.Sign(request, body, credentials, signedAt);

        Assert.Equal(case_.GetProperty("authorization").GetString(), authorization);
        Assert.Equal(case_.GetProperty("amzDate").GetString(), request.Headers.GetValues("X-Amz-Date").Single());
        var token = case_.GetProperty("sessionToken").GetString();
        Assert.Equal(token is null ? [] : [token], request.Headers.TryGetValues("X-Amz-Security-Token", out var values) ? values : []);
    }

    [Fact]
    public void ReferenceData_RegeneratedWithBotocore_IsUnchanged()
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(DataDirectory, "sigv4_reference.py"));
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("python3 not found: install Python 3 with botocore (`pip install botocore`) to run the signing cross-check.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"sigv4_reference.py failed (is botocore installed? `pip install botocore`): {errors}");

            var stored = ReadCases(File.ReadAllText(Path.Combine(DataDirectory, "sigv4-reference.json")));
            var fresh = ReadCases(output);
            Assert.Equal(stored.Keys.Order(), fresh.Keys.Order());
            foreach (var (name, (storedCase, _)) in stored)
            {
                Assert.Equal(storedCase.GetProperty("authorization").GetString(), fresh[name].Case.GetProperty("authorization").GetString());
            }
        }
    }

    [Fact]
    public async Task SignAsync_CalledTwice_ReplacesThePreviousSignature()
    {
        var body = "Action=Publish"u8.ToArray();
        using var request = PublishRequest("https://sns.us-east-1.amazonaws.com/", body);
        var signer = new SigV4Signer(new SessionAWSCredentials("AKID", "secret", "token"), "us-east-1", "sns", TimeProvider.System);

        await signer.SignAsync(request, body);
        await signer.SignAsync(request, body);

        Assert.Single(request.Headers.GetValues("Authorization"));
        Assert.Single(request.Headers.GetValues("X-Amz-Date"));
        Assert.Equal("token", request.Headers.GetValues("X-Amz-Security-Token").Single());
    }

    private static HttpRequestMessage PublishRequest(string url, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(PublishForm.ContentType);
        return request;
    }

    private static Dictionary<string, (JsonElement Case, DateTimeOffset SignedAt)> ReadCases(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var signedAt = DateTimeOffset.Parse(root.GetProperty("signedAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return root.GetProperty("cases").EnumerateArray().ToDictionary(item => item.GetProperty("name").GetString()!, item => (item, signedAt));
    }
}
