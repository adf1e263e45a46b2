namespace GeneBot.Discord.Gateway;

// https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-opcodes
public enum GatewayOpcode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
