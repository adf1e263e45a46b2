using System.Text.Json;

namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-choice-structure
public sealed record ApplicationCommandChoice(string Name, JsonElement Value)
{
    public static ApplicationCommandChoice Of(string name, string value) =>
        new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String));
}
