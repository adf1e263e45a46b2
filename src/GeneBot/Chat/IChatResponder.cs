namespace GeneBot.Chat;

/// <summary>The asynchronous entry to the chat layer for platforms that must not block (a gateway worker, an HTTP request).</summary>
public interface IChatResponder
{
    /// <summary>The reply to <paramref name="request"/>; failures become a short friendly reply, never an exception.</summary>
    Task<ChatReply> RespondAsync(ChatRequest request, CancellationToken cancellationToken = default);
}
