namespace GeneBot.Discord.Gateway;

/// <summary>Delay before reconnect attempt <c>attempt</c> (0-based, reset after READY/RESUMED). Never gives up.</summary>
public interface IReconnectPolicy
{
    TimeSpan GetDelay(int attempt);
}
