using System.Buffers;
using System.Text.Json;
using GeneBot.Discord.Models;

namespace GeneBot.Discord.Gateway;

public sealed partial class GatewayClient
{
    private IdentifyBudget? identifyBudget;
    private Uri? gatewayUrl;
    private volatile string? sessionId;
    private Uri? resumeUrl;

    public IdentifyBudget IdentifyBudget => identifyBudget ??= new IdentifyBudget(
        settings.DailyIdentifyLimit, settings.IdentifyReserve, settings.IdentifyInterval, time);

    public string? SessionId => sessionId;

    private bool CanResume => sessionId is not null && resumeUrl is not null && Interlocked.Read(ref lastSequence) >= 0;

    private void ClearSession()
    {
        sessionId = null;
        resumeUrl = null;
        Interlocked.Exchange(ref lastSequence, -1);
    }

    /// <summary>Gets the cached discovery URL (fetching /gateway/bot when needed) and waits for the identify budget.</summary>
    private async Task<Uri> PrepareIdentifyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (gatewayUrl is null || IdentifyBudget.LimitedByServer)
            {
                var bot = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
                gatewayUrl = new Uri(bot.Url);
                IdentifyBudget.Update(bot.SessionStartLimit);
                if (bot.Shards > 1)
                {
                    Log.ShardRecommendation(logger, bot.Shards, ShardId, ShardCount);
                }
            }

            var wait = IdentifyBudget.TimeUntilAllowed();
            if (wait <= TimeSpan.Zero)
            {
                if (IdentifyGate is { } gate)
                {
                    state = GatewayState.WaitingForIdentifyBudget;
                    await gate.WaitTurnAsync(ShardId, cancellationToken).ConfigureAwait(false);
                }

                return gatewayUrl;
            }

            state = GatewayState.WaitingForIdentifyBudget;
            Log.IdentifyBudgetExhausted(logger, wait);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task SendIdentifyAsync(GatewaySession session)
    {
        state = GatewayState.Identifying;
        IdentifyBudget.RecordIdentify();
        return SendAsync(session, Payload(2, writer =>
        {
            writer.WriteString("token", settings.Token);
            writer.WriteNumber("intents", settings.Intents);
            writer.WriteStartObject("properties");
            writer.WriteString("os", Environment.OSVersion.Platform.ToString().ToLowerInvariant());
            writer.WriteString("browser", "genebot");
            writer.WriteString("device", "genebot");
            writer.WriteEndObject();
            writer.WriteStartArray("shard");
            writer.WriteNumberValue(ShardId);
            writer.WriteNumberValue(ShardCount);
            writer.WriteEndArray();
        }));
    }

    private Task SendResumeAsync(GatewaySession session)
    {
        state = GatewayState.Resuming;
        return SendAsync(session, Payload(6, writer =>
        {
            writer.WriteString("token", settings.Token);
            writer.WriteString("session_id", sessionId);
            writer.WriteNumber("seq", Interlocked.Read(ref lastSequence));
        }));
    }

    private void OnReady(JsonElement data)
    {
        var ready = data.Deserialize(DiscordJsonContext.Default.ReadyEvent) ?? throw new JsonException("READY without data.");
        sessionId = ready.SessionId;
        resumeUrl = new Uri(ready.ResumeGatewayUrl);
        CurrentUser = ready.User;
        ApplicationId = ready.Application?.Id;
        LastReadyOrResumedAt = time.GetUtcNow();
        state = GatewayState.Ready;
        Log.Ready(logger, ready.User.Id.Value, ApplicationId?.Value);
    }

    private void OnResumed()
    {
        LastReadyOrResumedAt = time.GetUtcNow();
        state = GatewayState.Resumed;
        Log.Resumed(logger);
    }

    private static byte[] Payload(int op, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", op);
            writer.WriteStartObject("d");
            writeData(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
