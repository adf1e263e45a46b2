using Xunit.Abstractions;
using Xunit.Sdk;

namespace GeneBot.Tests.Support;

/// <summary>Discovers a <see cref="StoreFactAttribute"/> test: skipped with the server's reason in a PostgreSQL class without a server, else a plain fact.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (typeof(IUsesPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType()) && PostgresServer.SkipReason is { } reason)
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason)];
        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
