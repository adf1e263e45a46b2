using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GeneBot.Discord.Testing.Gateway;

/// <summary>One websocket the client opened to the fake gateway.</summary>
public sealed class FakeGatewayConnection(int id, string path, string query, WebSocket socket, HttpContext context)
{
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Id { get; } = id;
    public string Path { get; } = path;
    public string Query { get; } = query;
    public bool IsResumeEndpoint => Path.EndsWith("resume", StringComparison.Ordinal);

    /// <summary>The [shard_id, num_shards] this socket identified with (null before identify, or when none was sent).</summary>
    public (int Id, int Count)? Shard { get; internal set; }

    /// <summary>Completes when the socket ends: with the client's close code, or null when the client vanished.</summary>
    public Task<int?> Closed => closed.Task;

    internal WebSocket Socket => socket;

    public async Task SendTextAsync(string text, int fragmentSize = int.MaxValue)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            for (var offset = 0; offset < bytes.Length || offset == 0; offset += fragmentSize)
            {
                var count = Math.Min(fragmentSize, bytes.Length - offset);
                var last = offset + count >= bytes.Length;
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, last, CancellationToken.None).ConfigureAwait(false);
                if (last)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client is gone; tests observe that through Closed.
        }
        finally
        {
            sendLock.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        if (closed.Task.IsCompleted)
        {
            return;
        }

        try
        {
            context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already finished.
        }
    }

    internal void MarkClosed(int? clientCode) => closed.TrySetResult(clientCode);
}
