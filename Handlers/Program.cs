using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Logging;
using OrderEvents.Handlers.Runtime;

var environment = new ProcessEnvironment();
var time = TimeProvider.System;
var logSink = StreamLogSink.StandardOutput();
var bootstrap = new LambdaBootstrap(environment, time, logSink);
return await bootstrap.RunAsync(() => LambdaComposition.CreateFunction(environment, time, logSink), CancellationToken.None);
