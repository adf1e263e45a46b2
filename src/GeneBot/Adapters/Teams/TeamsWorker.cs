using GeneBot.Adapters.Teams.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// Answers the inbox's activities, at most <see cref="TeamsOptions.MaxConcurrentAnswers"/> at once. A failed answer
/// (the chat layer, the connector after its retries, a hostile payload) is logged and the next one is taken.
/// </summary>
public sealed class TeamsWorker(TeamsInbox inbox, TeamsMessageHandler handler, IOptions<TeamsOptions> options, ILogger<TeamsWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.MaxConcurrentAnswers).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var activity in inbox.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
                await AnswerAsync(activity, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task AnswerAsync(Activity activity, CancellationToken stoppingToken)
    {
        try
        {
            await handler.HandleAsync(activity, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            Log.TeamsAnswerFailed(logger, ex, activity.Id ?? "");
        }
    }
}
