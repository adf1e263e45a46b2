using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GeneBot.Discord.Telemetry;

/// <summary>The Discord client's instruments, on the Meter "GeneBot.Discord": gateway reconnects by reason and shard,
/// and REST 429 responses by route. Created through <see cref="IMeterFactory"/> (one meter per service provider).</summary>
public sealed class DiscordMetrics
{
    public const string MeterName = "GeneBot.Discord";

    private readonly Counter<long> reconnects;
    private readonly Counter<long> rateLimited;

    public DiscordMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        reconnects = Meter.CreateCounter<long>("discord.gateway.reconnects", "{reconnect}",
            "Gateway sessions that ended and were followed by a reconnect (resume or new identify), by reason.");
        rateLimited = Meter.CreateCounter<long>("discord.rest.rate_limited", "{response}",
            "REST responses with status 429, by route and scope (bucket or global).");
    }

    public Meter Meter { get; }

    public void Reconnect(string reason, string action, int shardId, int? closeCode)
    {
        var tags = new TagList { { "reason", reason }, { "action", action }, { "shard", shardId } };
        if (closeCode is { } code)
            tags.Add("close_code", code);
        reconnects.Add(1, tags);
    }

    public void RateLimited(string route, bool global) =>
        rateLimited.Add(1, new TagList { { "route", route }, { "scope", global ? "global" : "bucket" } });
}
