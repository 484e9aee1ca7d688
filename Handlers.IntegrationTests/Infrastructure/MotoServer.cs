using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OrderEvents.Handlers.IntegrationTests.Infrastructure;

/// <summary>
/// One <c>moto_server</c> process on 127.0.0.1 and a free port, shared by every test of <see cref="MotoCollection"/>.
/// Tests isolate themselves with unique table, topic and queue names.
/// </summary>
public sealed class MotoServer : IAsyncLifetime
{
    public const string InstallHint = "moto_server not found: install it with `pip install 'moto[server]'`";
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private Process? _process;

    public Uri Endpoint { get; private set; } = new("http://127.0.0.1:1/");

    public async Task InitializeAsync()
    {
        var executable = FindOnPath("moto_server") ?? throw new InvalidOperationException(InstallHint);
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync();
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartupTimeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"moto_server exited with code {_process.ExitCode} before answering on {Endpoint}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Endpoint, "moto-api/"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }

            // Waiting for an external process to come up; no test outcome depends on this interval.
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException($"moto_server did not answer on {Endpoint}moto-api/ within {StartupTimeout.TotalSeconds} s.");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
