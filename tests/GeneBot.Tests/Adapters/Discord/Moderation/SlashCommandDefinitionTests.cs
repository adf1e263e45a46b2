using System.Text.RegularExpressions;
using GeneBot.Adapters.Discord;
using GeneBot.Adapters.Discord.Moderation;
using GeneBot.Discord.Models;

namespace GeneBot.Tests.Adapters.Discord.Moderation;

public sealed partial class SlashCommandDefinitionTests
{
    [GeneratedRegex("^[-_a-z0-9]{1,32}$")]
    private static partial Regex ValidName();

    [Fact]
    public void Subcommands_and_their_options_are_valid_for_discord_with_required_options_first()
    {
        // Act
        var subcommands = SlashCommands.All.SelectMany(c => c.Definition.Options ?? []).Where(o => o.Type == 1).ToArray();

        // Assert
        Assert.NotEmpty(subcommands);
        Assert.Equal(subcommands.Length, subcommands.Select(s => s.Name).Distinct().Count());
        foreach (var sub in subcommands)
        {
            Assert.Matches(ValidName(), sub.Name);
            Assert.InRange(sub.Description.Length, 1, 100);
            var options = sub.Options ?? [];
            Assert.InRange(options.Count, 0, 25);
            Assert.Equal(options.Count, options.Select(o => o.Name).Distinct().Count());
            Assert.Equal(options.OrderByDescending(o => o.Required ?? false).Select(o => o.Name), options.Select(o => o.Name));
            foreach (var option in options)
            {
                Assert.Matches(ValidName(), option.Name);
                Assert.InRange(option.Description.Length, 1, 100);
            }
        }
    }

    [Fact]
    public void Admin_commands_are_hidden_from_members_by_default_and_work_only_in_servers()
    {
        // Act
        var admin = new[] { SlashCommands.Reindex, SlashCommands.Stats }.Select(c => c.Definition).ToArray();

        // Assert
        Assert.All(admin, d => Assert.Equal(DiscordPermissions.ManageGuild.ToString(System.Globalization.CultureInfo.InvariantCulture), d.DefaultMemberPermissions));
        Assert.All(admin, d => Assert.Equal([0], d.Contexts!));
        Assert.Null(SlashCommands.Faq.Definition.DefaultMemberPermissions);
    }

    [Fact]
    public void Every_option_naming_an_existing_faq_key_autocompletes()
    {
        // Act
        var keys = (SlashCommands.Faq.Definition.Options ?? []).Where(s => s.Name != "add").SelectMany(s => s.Options ?? []).Where(o => o.Name == "key").ToArray();

        // Assert
        Assert.Equal(5, keys.Length);
        Assert.All(keys, k => Assert.True(k.Autocomplete));
    }

    [Theory]
    [InlineData("ModeratorRoleIds", "not-an-id")]
    [InlineData("AdminRoleIds", "12, x")]
    [InlineData("ModeratorChannelId", "1500000000000000001,1500000000000000002")]
    public void Bad_bot_settings_are_refused(string setting, string value)
    {
        // Arrange
        var options = new BotOptions();
        typeof(BotOptions).GetProperty(setting)!.SetValue(options, value);

        // Act
        var problems = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToArray();

        // Assert
        Assert.NotEmpty(problems);
        Assert.Contains(setting, problems[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_ids_are_parsed_from_comma_separated_lists()
    {
        // Act
        var options = new BotOptions { ModeratorRoleIds = "1500000000000000001, 1500000000000000003", ModeratorChannelId = "1500000000000000009" };

        // Assert
        Assert.Equal([new Snowflake(1500000000000000001), new Snowflake(1500000000000000003)], options.ModeratorRoles.Order());
        Assert.Equal(new Snowflake(1500000000000000009), options.ModeratorChannel);
        Assert.Empty(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }
}
