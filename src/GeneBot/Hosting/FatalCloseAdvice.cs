namespace GeneBot.Hosting;

/// <summary>What an operator should do about a fatal gateway close code (https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes).</summary>
public static class FatalCloseAdvice
{
    public static string For(int closeCode) => closeCode switch
    {
        4004 => "Discord rejected the bot token; set a valid Discord__Token",
        4010 => "invalid shard; check Discord__ShardId and Discord__ShardCount",
        4011 => "the bot is in too many guilds for one shard; raise Discord__ShardCount",
        4012 => "invalid gateway API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable the Message Content intent in the Developer Portal, or set Discord__MessageContent=false",
        _ => "Discord closed the connection for good",
    };
}
