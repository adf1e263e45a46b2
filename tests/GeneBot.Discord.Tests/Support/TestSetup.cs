using System.Runtime.CompilerServices;

namespace GeneBot.Discord.Tests.Support;

internal static class TestSetup
{
    /// <summary>Tests run in parallel on a 2-core machine with sub-second heartbeats, and one test blocks a thread on
    /// purpose; more ready pool threads keep the thread-pool's slow injection from looking like a network stall.</summary>
    [ModuleInitializer]
    internal static void Initialize() => ThreadPool.SetMinThreads(32, 32);
}
