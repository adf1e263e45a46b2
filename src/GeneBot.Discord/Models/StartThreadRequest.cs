namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/channel#start-thread-from-message-json-params
public sealed record StartThreadRequest(string Name)
{
    public int? AutoArchiveDuration { get; init; }
}
