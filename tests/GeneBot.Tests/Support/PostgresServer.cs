using Npgsql;

namespace GeneBot.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests may use: the connection string in env GENEBOT_TEST_POSTGRES (.ci/run starts a
/// throwaway server and sets it), probed once with a 2 s connect timeout. Without one, PostgreSQL tests skip with <see cref="SkipReason"/>.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "GENEBOT_TEST_POSTGRES";

    private static readonly Lazy<string?> Probe = new(() =>
    {
        if (ConnectionString is not { } connectionString)
            return $"No PostgreSQL server: set {Variable} to a connection string (.ci/run starts a server and sets it).";
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 2, Pooling = false }.ToString());
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return $"The PostgreSQL server in {Variable} is unreachable ({ex.GetType().Name}: {ex.Message}).";
        }
    });

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why PostgreSQL tests can't run here, or null when the server answers.</summary>
    public static string? SkipReason => Probe.Value;
}
