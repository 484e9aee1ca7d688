using Amazon.CDK;
using OrderEvents.Cdk;
using OrderEvents.Cdk.Configuration;

var app = new App();
StackSettings settings;
RepositoryLayout layout;
try
{
    settings = StackSettingsReader.Read(key => app.Node.TryGetContext(key));
    layout = RepositoryLayout.FindFrom(Directory.GetCurrentDirectory());
}
catch (Exception error) when (error is StackSettingsException or DirectoryNotFoundException)
{
    await Console.Error.WriteLineAsync(error.Message);
    return 1;
}

_ = new OrderEventsStack(app, "OrderEventsStack", new OrderEventsStackProps
{
    Settings = settings,
    Layout = layout,
    Description = "OrderEvents: OrderPlaced events run an EXPRESS workflow that validates, charges and notifies",
});
app.Synth();
return 0;
