namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/events/gateway#session-start-limit-object
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
