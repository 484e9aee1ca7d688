using OrderEvents.Local.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C stops the run cleanly; the command reports it and exits 130.
    e.Cancel = true;
    cancellation.Cancel();
};

return await CliApplication.RunAsync(args, CliContext.FromConsole(), cancellation.Token);
