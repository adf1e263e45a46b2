using Xunit.Sdk;

namespace GeneBot.Tests.Support;

/// <summary>
/// A fact about the store that runs on each provider's test class; in a class marked <see cref="IUsesPostgres"/> it is
/// skipped, with <see cref="PostgresServer.SkipReason"/>, when no PostgreSQL server answers (decided at discovery).
/// </summary>
[XunitTestCaseDiscoverer("GeneBot.Tests.Support.StoreFactDiscoverer", "GeneBot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Marks a test class whose store is PostgreSQL.</summary>
public interface IUsesPostgres;
