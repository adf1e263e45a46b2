using GeneBot.Features.Admin;
using GeneBot.Hosting;
using GeneBot.Knowledge;
using GeneBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Tests.Support;

/// <summary>
/// One GeneBot "process" of several sharing a store: its own host with the production storage, knowledge and moderation
/// registrations, its own index of a shared corpus folder, and a short generation poll interval.
/// </summary>
public sealed class ShardProcess : IAsyncDisposable
{
    private readonly TempDirectory work;

    private ShardProcess(TempDirectory work, IHost host)
    {
        this.work = work;
        Host = host;
    }

    public IHost Host { get; }
    public KnowledgeBase Knowledge => Host.Services.GetRequiredService<KnowledgeBase>();
    public ReindexQueue Reindex => Host.Services.GetRequiredService<ReindexQueue>();
    public ServedGeneration Served => Host.Services.GetRequiredService<ServedGeneration>();
    public ICorpusGeneration Generation => Host.Services.GetRequiredService<ICorpusGeneration>();
    public IFaqStore Faqs => Host.Services.GetRequiredService<IFaqStore>();

    public static async Task<ShardProcess> StartAsync(TestDatabase database, string corpus, TimeSpan pollInterval)
    {
        var work = new TempDirectory();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(database.Settings)
        {
            ["Knowledge:CorpusPath"] = corpus,
            ["Knowledge:IndexPath"] = work.Combine("index"),
            ["Storage:GenerationPollInterval"] = pollInterval.ToString(),
            ["Corpus:ReindexCooldown"] = "00:00:00",
        });
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddStorage();
        builder.Services.AddKnowledgeBase();
        builder.Services.AddModeration();
        var process = new ShardProcess(work, builder.Build());
        using var timeout = new CancellationTokenSource(Timeouts.Wait);
        await process.Host.StartAsync(timeout.Token);
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(Timeouts.Wait))
            await Host.StopAsync(timeout.Token);
        Host.Dispose();
        work.Dispose();
    }
}
