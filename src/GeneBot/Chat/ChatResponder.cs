using Microsoft.Extensions.Logging;

namespace GeneBot.Chat;

/// <summary>Runs the CPU-bound <see cref="ChatRouter"/> on the thread pool, so that a caller can keep a deadline while it works.</summary>
public sealed class ChatResponder(ChatRouter router, ILogger<ChatResponder> logger) : IChatResponder
{
    public async Task<ChatReply> RespondAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await Task.Run(() => router.Handle(request), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ChatFailed(logger, ex, request.PlaceId);
            return ChatErrors.SomethingWentWrong;
        }
    }
}
