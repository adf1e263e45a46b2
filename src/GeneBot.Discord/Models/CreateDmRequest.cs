namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/user#create-dm-json-params
public sealed record CreateDmRequest(Snowflake RecipientId);
