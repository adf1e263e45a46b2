using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Storage;

/// <summary>Deletes abstained questions' text and feedback reasons older than <see cref="StorageOptions.RetentionDays"/>: at start, then every <see cref="StorageOptions.PurgeInterval"/>.</summary>
public sealed class RetentionPurge(IAnswerLog log, IOptions<StorageOptions> options, TimeProvider time, ILogger<RetentionPurge> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PurgeInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var removed = PurgeOnce();
                Log.RetentionPurged(logger, removed, options.Value.RetentionDays);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.RetentionPurgeFailed(logger, ex);
            }
            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public int PurgeOnce() => log.Purge(time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays));
}
