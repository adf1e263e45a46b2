using GeneBot.Storage;
using GeneBot.Tests.Adapters.Discord.Moderation;
using GeneBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GeneBot.Tests.Storage;

/// <summary>What the bot stores after real use: members only as hashes, never ids or names; question text only for abstentions.</summary>
public sealed class StoredPrivacyTests
{
    [Fact]
    public async Task After_questions_feedback_and_faq_edits_the_store_holds_no_user_id_name_or_answered_question()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        var moderator = SomeInteraction.Member("8192");
        var answer = await sut.WaitForCallbackAsync(await sut.SendAsync("INTERACTION_CREATE", Some.SlashCommand("ask", "question", "what is CAR-T cell therapy?")));
        var down = ComponentsJson.Buttons(answer.Json.GetProperty("data"))[1].CustomId;
        await sut.WaitForCallbackAsync(await sut.SendAsync("INTERACTION_CREATE", SomeInteraction.Button(down, Some.NewId())));
        await sut.WaitForReplyToAsync(await sut.SendAsync("MESSAGE_CREATE", Some.Mention("which pizza topping is best in naples?")));
        await sut.WaitForCallbackAsync(await sut.SendAsync("INTERACTION_CREATE", SomeInteraction.Subcommand("faq", "edit", moderator, ("key", "what-is-car-t"), ("title", "CAR-T?"))));

        // Act
        var cells = AllText(sut.Host.Services.GetRequiredService<GeneBotDb>());

        // Assert
        Assert.NotEmpty(cells);
        Assert.DoesNotContain(cells, c => c.Contains(Some.UserId, StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Contains("alice", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(cells, c => c.Contains("CAR-T cell therapy?", StringComparison.Ordinal));
        Assert.Contains(cells, c => c == "which pizza topping is best in naples?");
    }

    private static List<string> AllText(GeneBotDb db) => db.Read(c =>
    {
        var tables = GeneBotDb.Rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        var cells = new List<string>();
        foreach (var table in tables)
        {
            // Table names come from sqlite_master, not from input.
            cells.AddRange(GeneBotDb.Rows(c, $"SELECT * FROM \"{table}\"", r => Enumerable.Range(0, r.FieldCount)
                .Where(i => !r.IsDBNull(i)).Select(i => Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray()).SelectMany(x => x));
        }
        return cells;
    });
}
