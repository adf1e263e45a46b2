using System.Text.RegularExpressions;
using GeneBot.Adapters.Discord;
using GeneBot.Chat;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord;

public sealed partial class SlashCommandsTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>
{
    [GeneratedRegex("^[-_a-z0-9]{1,32}$")]
    private static partial Regex ValidName();

    [Fact]
    public void Command_names_are_unique()
    {
        // Act
        var names = SlashCommands.All.Select(c => c.Name).ToArray();

        // Assert
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Names_and_descriptions_are_valid_for_discord()
    {
        // Act
        var definitions = SlashCommands.All.Select(c => c.Definition).ToArray();

        // Assert
        foreach (var definition in definitions)
        {
            Assert.Matches(ValidName(), definition.Name);
            Assert.InRange(definition.Description.Length, 1, 100);
            foreach (var option in definition.Options ?? [])
            {
                Assert.Matches(ValidName(), option.Name);
                Assert.InRange(option.Description.Length, 1, 100);
            }
        }
    }

    [Fact]
    public void Every_command_stands_for_a_chat_command_that_exists()
    {
        // Arrange
        using var store = new TestStore();
        var router = ChatSetup.CreateRouter(bundled.Knowledge, services: store.Services() with { Reindex = ReindexQueueFor(bundled) });
        var chatNames = router.Commands.SelectMany(c => c.Names).Select(n => "/" + n).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Act
        var mapped = SlashCommands.All.Where(c => c.ChatCommand.Length > 0).Select(c => c.ChatCommand).ToArray();

        // Assert
        Assert.NotEmpty(mapped);
        Assert.All(mapped, name => Assert.Contains(name, chatNames));
    }

    private static GeneBot.Features.Admin.ReindexQueue ReindexQueueFor(BundledKnowledge bundled) =>
        new(bundled.Knowledge, new GeneBot.Features.Admin.CorpusOptions(), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<GeneBot.Features.Admin.ReindexQueue>.Instance);

    [Fact]
    public void An_invocation_becomes_the_chat_text_it_stands_for()
    {
        // Act
        var help = SlashCommands.Help.ChatText(null);
        var ask = SlashCommands.Ask.ChatText("what is crispr?");

        // Assert
        Assert.Equal("/help", help);
        Assert.Equal("what is crispr?", ask);
    }
}
