using GeneBot.Adapters.Teams;
using GeneBot.Adapters.Teams.Auth;
using GeneBot.Tests.Support.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>The bot's own token against the fake token endpoint (1-hour tokens), with time from a FakeTimeProvider.</summary>
public sealed class BotTokenProviderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private FakeConnector connector = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    private BotTokenProvider CreateSut() => new(services.GetRequiredService<IHttpClientFactory>(),
        Options.Create(new TeamsOptions { AppId = "app-id", AppPassword = "app-secret", TokenEndpoint = connector.TokenEndpoint }), time);

    [Fact]
    public async Task The_token_is_reused_until_five_minutes_before_it_expires_and_then_fetched_again()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var first = await sut.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(54));
        var cached = await sut.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var renewed = await sut.GetTokenAsync();

        // Assert
        Assert.Equal("connector-token-1", first);
        Assert.Equal(first, cached);
        Assert.Equal("connector-token-2", renewed);
        Assert.Equal(2, connector.TokenRequests.Snapshot().Count);
    }

    [Fact]
    public async Task The_token_request_is_a_client_credentials_grant_for_the_Bot_Framework_scope()
    {
        // Act
        await CreateSut().GetTokenAsync();

        // Assert
        var form = System.Web.HttpUtility.ParseQueryString(Assert.Single(connector.TokenRequests.Snapshot()).Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("app-id", form["client_id"]);
        Assert.Equal("app-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sut.GetTokenAsync()));

        // Assert
        Assert.Single(tokens.Distinct());
        Assert.Single(connector.TokenRequests.Snapshot());
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await connector.DisposeAsync();
    }
}
