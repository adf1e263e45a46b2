using System.Text.Json;
using GeneBot.Adapters.Discord;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;

namespace GeneBot.Tests.Adapters.Discord;

public sealed class BotThreadsTests
{
    private static Snowflake Id(ulong value) => new(value);

    private static GatewayDispatch Dispatch(string name, string json) =>
        new(name, 1, JsonDocument.Parse(json).RootElement, DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_least_recently_used_thread_is_forgotten_beyond_the_capacity()
    {
        // Arrange
        var sut = new BotThreads(capacity: 2);
        sut.Add(Id(1));
        sut.Add(Id(2));
        Assert.True(sut.Contains(Id(1)));

        // Act
        sut.Add(Id(3));

        // Assert
        Assert.True(sut.Contains(Id(1)));
        Assert.False(sut.Contains(Id(2)));
        Assert.True(sut.Contains(Id(3)));
    }

    [Fact]
    public async Task An_archived_or_deleted_thread_is_forgotten_and_an_active_one_kept()
    {
        // Arrange
        var threads = new BotThreads();
        foreach (var id in new ulong[] { 10, 11, 12 })
            threads.Add(Id(id));
        var sut = new ThreadEventsHandler(threads);

        // Act
        await sut.HandleAsync(Dispatch(ThreadEventsHandler.ThreadUpdate, """{"id":"10","type":11,"thread_metadata":{"archived":true}}"""));
        await sut.HandleAsync(Dispatch(ThreadEventsHandler.ThreadDelete, """{"id":"11","type":11,"guild_id":"1","parent_id":"2"}"""));
        await sut.HandleAsync(Dispatch(ThreadEventsHandler.ThreadUpdate, """{"id":"12","type":11,"thread_metadata":{"archived":false}}"""));
        await sut.HandleAsync(Dispatch(ThreadEventsHandler.ThreadUpdate, """{"id":"not a snowflake"}"""));

        // Assert
        Assert.False(threads.Contains(Id(10)));
        Assert.False(threads.Contains(Id(11)));
        Assert.True(threads.Contains(Id(12)));
    }
}
