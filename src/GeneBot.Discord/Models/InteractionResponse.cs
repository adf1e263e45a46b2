namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object
public sealed record InteractionResponse(int Type)
{
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;
    public const int Modal = 9;

    public InteractionResponseData? Data { get; init; }

    public static InteractionResponse Defer(bool ephemeral = false) =>
        new(DeferredChannelMessageWithSource) { Data = ephemeral ? new() { Flags = MessageFlags.Ephemeral } : null };

    public static InteractionResponse Reply(string content, bool ephemeral = false) =>
        new(ChannelMessageWithSource) { Data = new() { Content = content, Flags = ephemeral ? MessageFlags.Ephemeral : null } };
}
