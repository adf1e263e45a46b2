namespace GeneBot.Hosting;

/// <summary>The exit codes of the hosted worker (<c>genebot</c> with no verb).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Missing or invalid settings, or a start-up failure such as an unreadable corpus.</summary>
    public const int Configuration = 1;

    /// <summary>Discord refused the bot for good: token rejected (401, 4004) or a fatal gateway close (4010-4014).</summary>
    public const int DiscordRefused = 2;

    /// <summary>The worker failed unexpectedly.</summary>
    public const int Failed = 3;
}
