using System.Text.Json;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using Microsoft.Extensions.Logging;

namespace GeneBot.Adapters.Discord;

/// <summary>READY: remembers the bot user and the application id in <see cref="BotIdentity"/>.</summary>
public sealed class ReadyHandler(BotIdentity identity, ILogger<ReadyHandler> logger) : IGatewayEventHandler
{
    public const string Ready = "READY";

    public ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        if (dispatch.Name == Ready && dispatch.Data.Deserialize(DiscordJsonContext.Default.ReadyEvent) is { } ready)
        {
            identity.Set(ready.User, ready.Application?.Id);
            Log.SignedIn(logger, ready.User.Id.Value);
        }
        return ValueTask.CompletedTask;
    }
}
