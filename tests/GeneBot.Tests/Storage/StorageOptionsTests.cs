using System.ComponentModel.DataAnnotations;
using GeneBot.Storage;

namespace GeneBot.Tests.Storage;

/// <summary>The Storage settings: the provider is checked at start, PostgreSQL needs a connection string, and no message shows its password.</summary>
public sealed class StorageOptionsTests
{
    private static List<string> Errors(StorageOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "").ToList();
    }

    [Fact]
    public void The_default_is_a_valid_sqlite_store()
    {
        // Act
        var errors = Errors(new StorageOptions());

        // Assert
        Assert.Empty(errors);
        Assert.False(new StorageOptions().IsPostgres);
    }

    [Fact]
    public void An_unknown_provider_is_refused()
    {
        // Act
        var errors = Errors(new StorageOptions { Provider = "mysql" });

        // Assert
        Assert.Contains(errors, e => e.Contains("\"sqlite\" or \"postgres\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Postgres_needs_a_connection_string()
    {
        // Act
        var errors = Errors(new StorageOptions { Provider = "Postgres" });

        // Assert
        Assert.Contains(errors, e => e.Contains("ConnectionString is required", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_without_showing_its_password()
    {
        // Act
        var errors = Errors(new StorageOptions { Provider = "postgres", ConnectionString = "Host=db;Password=hunter2-secret;Colour=blue" });

        // Assert
        var error = Assert.Single(errors);
        Assert.Contains("not a valid PostgreSQL connection string", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }
}
