using System.Text.Json;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord;

/// <summary>
/// THREAD_UPDATE and THREAD_DELETE (Guilds intent): a thread GeneBot started that is archived (<c>thread_metadata.archived</c>)
/// or deleted is forgotten, so GeneBot leaves it alone; in it, as anywhere, a member can still mention GeneBot.
/// </summary>
public sealed class ThreadEventsHandler(BotThreads threads) : IGatewayEventHandler
{
    public const string ThreadUpdate = "THREAD_UPDATE";
    public const string ThreadDelete = "THREAD_DELETE";

    public ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        if (dispatch.Name is not (ThreadUpdate or ThreadDelete) || dispatch.Data.ValueKind != JsonValueKind.Object)
            return ValueTask.CompletedTask;
        if (!dispatch.Data.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String
            || !Snowflake.TryParse(idElement.GetString(), out var id))
            return ValueTask.CompletedTask;
        if (dispatch.Name == ThreadDelete || IsArchived(dispatch.Data))
            threads.Forget(id);
        return ValueTask.CompletedTask;
    }

    private static bool IsArchived(JsonElement thread) =>
        thread.TryGetProperty("thread_metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
        && metadata.TryGetProperty("archived", out var archived) && archived.ValueKind == JsonValueKind.True;
}
