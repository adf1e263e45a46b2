using System.Diagnostics;
using System.Reflection;

namespace GeneBot.Tests.Support;

/// <summary>Runs the built genebot CLI as a real child process (dotnet genebot.dll …) with its own working folder and environment.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>genebot.dll in the app's own build output (embedded at build time), where its runtime context is complete.</summary>
    public static string App { get; } =
        typeof(Cli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "GeneBotApp")?.Value
        ?? Path.Combine(AppContext.BaseDirectory, "genebot.dll");

    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(App);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("Discord__Token");
        start.Environment.Remove("Teams__AppId");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"genebot {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Environment that points the CLI at a corpus and a private index folder.</summary>
    public static Dictionary<string, string> Env(string corpus, string index) => new()
    {
        ["Knowledge__CorpusPath"] = corpus,
        ["Knowledge__IndexPath"] = index,
    };
}
