using GeneBot.Discord.Gateway;
using GeneBot.Discord.Testing;

namespace GeneBot.Discord.Tests.Support;

/// <summary>Records every dispatch; an optional action runs first (to block or throw).</summary>
public sealed class RecordingHandler(Func<GatewayDispatch, ValueTask>? before = null) : IGatewayEventHandler
{
    public AwaitableLog<GatewayDispatch> Seen { get; } = new();

    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        Seen.Add(dispatch);
        if (before is not null)
        {
            await before(dispatch);
        }
    }

    public Task<GatewayDispatch> WaitForAsync(string name) =>
        Seen.WaitForAsync(d => d.Name == name, Timeouts.Wait, name);
}
