using System.Runtime.CompilerServices;

namespace GeneBot.Tests.Support;

internal static class TestSetup
{
    /// <summary>End-to-end tests run hosts, gateways and Kestrel in parallel on a 2-core machine; ready pool threads keep
    /// the thread pool's slow injection from looking like a stalled network.</summary>
    [ModuleInitializer]
    internal static void Initialize() => ThreadPool.SetMinThreads(32, 32);
}
