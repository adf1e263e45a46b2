namespace GeneBot.Adapters.Teams.Models;

/// <summary>A Teams channel in <c>channelData.channel</c>: its id and, in some activities, its name.</summary>
public sealed record ChannelInfo(string? Id, string? Name = null);
