namespace GeneBot.Discord.Testing;

public static class Timeouts
{
    /// <summary>Generous bound for anything that should happen "soon" on a loaded 2-core machine.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? Wait);
        while (!condition())
        {
            try
            {
                await Task.Delay(10, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }
        }
    }
}
