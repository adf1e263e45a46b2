using System.Threading.Channels;
using GeneBot.Adapters.Teams.Models;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Teams;

/// <summary>The activities accepted by the endpoint and waiting for an answer: bounded, so a flood cannot grow memory.</summary>
public sealed class TeamsInbox(IOptions<TeamsOptions> options)
{
    private readonly Channel<Activity> channel = Channel.CreateBounded<Activity>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleWriter = false,
        SingleReader = false,
    });

    /// <summary>False when the inbox is full or closed (the endpoint then answers 503 and the connector tries again later).</summary>
    public bool TryAdd(Activity activity) => channel.Writer.TryWrite(activity);

    /// <summary>Takes no more activities (the endpoint then answers 503); those already queued can still be read.</summary>
    public void Close() => channel.Writer.TryComplete();

    public ChannelReader<Activity> Reader => channel.Reader;
}
