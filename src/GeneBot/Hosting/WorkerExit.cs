using GeneBot.Discord.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Hosting;

/// <summary>
/// Stops the host for a condition retrying cannot fix, with one clear log line, and keeps the exit code for
/// <c>Program</c>. Only the first stop counts.
/// </summary>
public sealed class WorkerExit(IHostApplicationLifetime lifetime, ILogger<WorkerExit> logger)
{
    private int code = ExitCodes.Ok;
    private int stopped;

    public int Code => Volatile.Read(ref code);

    public bool IsStopping => Volatile.Read(ref stopped) == 1;

    public void GatewayClosed(DiscordGatewayFatalException ex)
    {
        if (Begin(ExitCodes.DiscordRefused))
            Log.GatewayRefused(logger, ex.CloseCode, FatalCloseAdvice.For(ex.CloseCode));
        lifetime.StopApplication();
    }

    public void TokenRejected()
    {
        if (Begin(ExitCodes.DiscordRefused))
            Log.TokenRejected(logger);
        lifetime.StopApplication();
    }

    public void Failed(Exception ex)
    {
        if (Begin(ExitCodes.Failed))
            Log.WorkerFailed(logger, ex);
        lifetime.StopApplication();
    }

    private bool Begin(int exitCode)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
            return false;
        Volatile.Write(ref code, exitCode);
        return true;
    }
}
