// The jsii runtime behind the CDK is one Node.js process per test process and is not thread-safe,
// so test classes that touch CDK types must not run concurrently.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
