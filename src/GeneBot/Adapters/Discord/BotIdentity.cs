using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord;

/// <summary>Who GeneBot is on Discord, learnt from READY: the bot user (for mention detection) and the application id.</summary>
public sealed class BotIdentity
{
    private readonly TaskCompletionSource<User> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile User? user;

    public User? User => user;

    public Snowflake? ApplicationId { get; private set; }

    public void Set(User botUser, Snowflake? applicationId)
    {
        user = botUser;
        ApplicationId = applicationId;
        ready.TrySetResult(botUser);
    }

    /// <summary>The bot user, waiting for the first READY if needed (events can reach another worker before READY's handler has run).</summary>
    public Task<User> WaitAsync(CancellationToken cancellationToken = default) => ready.Task.WaitAsync(cancellationToken);
}
