using System.Diagnostics;
using System.Threading.Channels;

namespace GeneBot.Tests.Support;

/// <summary>The built genebot CLI as a long-running child process whose output is read line by line, and which a test can kill outright.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();

    private ChildProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public bool HasExited => process.HasExited;

    public static ChildProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Cli.App);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("Discord__Token");
        start.Environment.Remove("Teams__AppId");
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        return new ChildProcess(Process.Start(start)!);
    }

    public Task WriteLineAsync(string line) => process.StandardInput.WriteLineAsync(line);

    public Task FlushAsync() => process.StandardInput.FlushAsync();

    /// <summary>The next output line (stdout or stderr) that satisfies <paramref name="match"/>.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, string what, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        try
        {
            while (true)
            {
                var line = await lines.Reader.ReadAsync(cts.Token);
                if (match(line))
                    return line;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Timed out waiting for {what}.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"genebot exited before {what}.");
        }
    }

    public int Id => process.Id;

    /// <summary>Sends SIGTERM (as docker stop and systemd do) through kill(1); Process.Kill would send SIGKILL.</summary>
    public async Task SendSigtermAsync()
    {
        var start = new ProcessStartInfo("kill") { UseShellExecute = false };
        start.ArgumentList.Add("-TERM");
        start.ArgumentList.Add(process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var kill = Process.Start(start)!;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await kill.WaitForExitAsync(cts.Token);
        if (kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -TERM {process.Id} failed with {kill.ExitCode}.");
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"genebot did not exit within {timeout}.");
        }
        return process.ExitCode;
    }

    /// <summary>Kills the process (and its children) at once, as a crash would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(cts.Token);
    }

    private void Add(string? line)
    {
        if (line is null)
            lines.Writer.TryComplete();
        else
            lines.Writer.TryWrite(line);
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
