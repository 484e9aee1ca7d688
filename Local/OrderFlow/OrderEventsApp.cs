using OrderEvents.Handlers.Hosting;
using OrderEvents.Handlers.Payments;
using OrderEvents.Handlers.Randomness;
using OrderEvents.Local.Functions;
using OrderEvents.Local.Sns;
using OrderEvents.Local.Sns.Email;
using OrderEvents.Local.StepFunctions;
using OrderEvents.Local.StepFunctions.Tasks;

namespace OrderEvents.Local.OrderFlow;

/// <summary>
/// The OrderEvents app on one machine: the four functions in-process (in-memory payment store, simulated
/// gateway), the notification topic with an e-mail subscription writing to the outbox, and the execution
/// options that route the workflow's Lambda and SNS tasks to them.
/// </summary>
public sealed class OrderEventsApp
{
    private OrderEventsApp(LocalSettings settings, SeedSequence seeds, TopicRegistry topics, string topicArn, EmailOutbox outbox,
        InProcessLambdaInvoker functions, ExecutionNotifications notifications, IReadOnlyDictionary<string, string> substitutions)
    {
        Settings = settings;
        Seeds = seeds;
        Topics = topics;
        NotificationTopicArn = topicArn;
        Outbox = outbox;
        Functions = functions;
        Notifications = notifications;
        Substitutions = substitutions;
        ExecutionOptions = new ExecutionOptions
        {
            Lambda = functions,
            Topics = new StatesTopicPublisher(topics),
            Time = settings.Time,
            Random = new Random(seeds.Executions),
            StateMachineName = LocalSettings.StateMachineName,
            Region = settings.Region,
            AccountId = settings.AccountId,
        };
    }

    public LocalSettings Settings { get; }

    /// <summary>The seeds of the app's independent random sources, all derived from <see cref="LocalSettings.Seed"/>.</summary>
    public SeedSequence Seeds { get; }

    public TopicRegistry Topics { get; }

    /// <summary>The topic NotifyCustomer publishes to (its <c>TOPIC_ARN</c>).</summary>
    public string NotificationTopicArn { get; }

    public EmailOutbox Outbox { get; }

    public InProcessLambdaInvoker Functions { get; }

    /// <summary>Collects what each execution published.</summary>
    public ExecutionNotifications Notifications { get; }

    /// <summary>The definition's <c>${XxxFunctionArn}</c> values: the local functions' ARNs.</summary>
    public IReadOnlyDictionary<string, string> Substitutions { get; }

    /// <summary>Options for executions on this app: its functions, topics, clock and seeded randomness.</summary>
    public ExecutionOptions ExecutionOptions { get; private set; }

    /// <summary>Runs the workflow's Lambda tasks on <paramref name="functions"/> (e.g. function processes) instead of in-process.</summary>
    public void RunFunctionsOn(ILambdaInvoker functions) => ExecutionOptions = ExecutionOptions with { Lambda = functions };

    public static OrderEventsApp Create(LocalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var seeds = SeedSequence.From(settings.Seed);
        var ids = new SeededIds(seeds.Topics);
        var notifications = new ExecutionNotifications();
        var topics = new TopicRegistry(new TopicRegistryOptions
        {
            Region = settings.Region,
            AccountId = settings.AccountId,
            Time = settings.Time,
            NewId = ids.Next,
            Published = notifications.Record,
        });
        var topicArn = topics.CreateTopic(LocalSettings.TopicName);
        var outbox = new EmailOutbox(settings.OutboxDirectory);
        if (settings.WriteEmails)
        {
            topics.SubscribeEmail(topicArn, settings.Recipient, outbox);
        }
        else
        {
            topics.Subscribe(topicArn, EmailProtocols.Email, settings.Recipient, new DeliveryCounter());
        }

        var dependencies = new FunctionDependencies
        {
            Time = settings.Time,
            Random = new SeededRandomSource(seeds.Functions),
            PaymentStore = new InMemoryPaymentStore(settings.Time),
            NotificationPublisher = new NotificationTopicPublisher(topics),
            LogSink = settings.FunctionLogs,
            Settings = new FunctionSettings(topicArn, settings.DeclineRate),
        };
        var invokerOptions = new InProcessLambdaInvokerOptions
        {
            Region = settings.Region,
            AccountId = settings.AccountId,
            Time = settings.Time,
        };
        var functions = new InProcessLambdaInvoker(FunctionCatalog.CreateAll(dependencies).Values, invokerOptions);
        var substitutions = FunctionNames.All.ToDictionary(
            name => $"{name}FunctionArn", invokerOptions.FunctionArn, StringComparer.Ordinal);
        return new OrderEventsApp(settings, seeds, topics, topicArn, outbox, functions, notifications, substitutions);
    }
}
