using GeneBot.Adapters.Discord;
using GeneBot.Discord.Models;

namespace GeneBot.Tests.Adapters.Discord;

public sealed class CommandSignatureTests
{
    private static readonly ApplicationCommandDefinition[] Definitions = [.. SlashCommands.All.Select(c => c.Definition)];

    /// <summary>The commands as Discord returns them: ids added, defaults filled in, in another order.</summary>
    private static ApplicationCommand[] AsDiscordReturnsThem(IEnumerable<ApplicationCommandDefinition> definitions) =>
    [
        .. definitions.Reverse().Select((d, i) => new ApplicationCommand(new Snowflake((ulong)i + 1), new Snowflake(99), d.Name, d.Description)
        {
            Type = d.Type ?? 1,
            DefaultMemberPermissions = d.DefaultMemberPermissions,
            Contexts = d.Contexts?.Reverse().ToArray(),
            Options = d.Options?.Select(o => o with { Required = o.Required ?? false, Autocomplete = false }).ToArray(),
            Version = new Snowflake(7),
        }),
    ];

    [Fact]
    public void Registered_commands_match_their_definitions_whatever_defaults_and_order_discord_adds()
    {
        // Act
        var wanted = CommandSignature.Of(Definitions);
        var current = CommandSignature.Of(AsDiscordReturnsThem(Definitions));

        // Assert
        Assert.Equal(wanted, current);
    }

    [Fact]
    public void A_changed_description_or_option_is_a_change()
    {
        // Arrange
        var renamed = Definitions.Select(d => d.Name == "ask" ? d with { Description = "Ask something else" } : d);
        var optional = Definitions.Select(d => d.Name == "ask" ? d with { Options = [d.Options![0] with { Required = false }] } : d);

        // Act
        var wanted = CommandSignature.Of(Definitions);

        // Assert
        Assert.NotEqual(wanted, CommandSignature.Of(AsDiscordReturnsThem(renamed)));
        Assert.NotEqual(wanted, CommandSignature.Of(AsDiscordReturnsThem(optional)));
        Assert.NotEqual(wanted, CommandSignature.Of(AsDiscordReturnsThem(Definitions.Take(2))));
    }
}
