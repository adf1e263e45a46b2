using GeneBot.Adapters.Teams.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// Answers the inbox's activities, at most <see cref="TeamsOptions.MaxConcurrentAnswers"/> at once, each by the
/// <see cref="ITeamsActivityHandler"/> for its kind (a question, a card's button press, GeneBot being added to a
/// conversation); anything else is ignored. A failed answer
/// (the chat layer, the connector after its retries, a hostile payload) is logged and the next one is taken. On
/// shutdown the inbox closes and what it already accepted (each was acknowledged with 202) is still answered, for up
/// to <see cref="TeamsOptions.ShutdownDrainTimeout"/>.
/// </summary>
public sealed class TeamsWorker(TeamsInbox inbox, IEnumerable<ITeamsActivityHandler> handlers, IOptions<TeamsOptions> options, ILogger<TeamsWorker> logger)
    : BackgroundService
{
    private readonly ITeamsActivityHandler[] handlers = [.. handlers];

    // Answers run on their own token, cancelled only when the drain time is up, not when the host starts stopping.
    private readonly CancellationTokenSource answering = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.MaxConcurrentAnswers).Select(_ => RunAsync(answering.Token)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        inbox.Close();
        if (ExecuteTask is { IsCompleted: false } running)
        {
            var drain = options.Value.ShutdownDrainTimeout;
            Log.TeamsDraining(logger, inbox.Reader.Count, drain);
            answering.CancelAfter(drain);
            try
            {
                await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The host's own shutdown bound came first.
            }
        }
        await answering.CancelAsync().ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Ends when the inbox is closed and empty, or when the drain time is up.
            await foreach (var activity in inbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                await AnswerAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task AnswerAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            if (handlers.FirstOrDefault(h => h.Handles(activity)) is { } handler)
                await handler.HandleAsync(activity, cancellationToken).ConfigureAwait(false);
            else
                Log.TeamsActivityIgnored(logger, activity.Type ?? "none");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            Log.TeamsAnswerFailed(logger, ex, activity.Id ?? "");
        }
    }

    public override void Dispose()
    {
        answering.Dispose();
        base.Dispose();
    }
}
