namespace GeneBot.Cli;

/// <summary>No verb: runs the hosted Discord worker. Without a token it exits at once, naming Discord__Token and pointing to the console chat.</summary>
public static class RunCommand
{
    public static int Run(string[] args)
    {
        var token = Configuration.GeneBotConfiguration.Load()["Discord:Token"];
        if (string.IsNullOrWhiteSpace(token))
        {
            Console.Error.WriteLine("No Discord token: set the environment variable Discord__Token to run GeneBot in Discord.");
            Console.Error.WriteLine("To try GeneBot without Discord, run: dotnet run --project src/GeneBot -- chat");
            return 1;
        }
        Console.Error.WriteLine("The Discord worker is not available in this build yet; run 'genebot chat' for the console chat.");
        return 1;
    }
}
