namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/events/gateway#get-gateway-bot-json-response
public sealed record GatewayBot(string Url, int Shards, SessionStartLimit SessionStartLimit);
