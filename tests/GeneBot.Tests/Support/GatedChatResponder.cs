using GeneBot.Chat;

namespace GeneBot.Tests.Support;

/// <summary>A slow chat layer on demand: answers only once <see cref="Release"/> is called, then as the real one does.</summary>
public sealed class GatedChatResponder(IChatResponder inner) : IChatResponder
{
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => gate.TrySetResult();

    public async Task<ChatReply> RespondAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        await gate.Task.WaitAsync(cancellationToken);
        return await inner.RespondAsync(request, cancellationToken);
    }
}
