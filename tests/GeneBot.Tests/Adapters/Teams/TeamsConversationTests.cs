using System.Text.Json.Nodes;
using GeneBot.Chat;
using GeneBot.Privacy;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>Who GeneBot answers in Teams and as whom, end to end: 1:1 chats, channel mentions, commands and roles.</summary>
public sealed class TeamsConversationTests(TeamsHarnessFixture fixture) : IClassFixture<TeamsHarnessFixture>
{
    private const string HelpLead = "GeneBot answers questions about gene therapy and cancer";

    /// <summary>Each activity here comes from a new member, whose first reply leads with the one-time note.</summary>
    private const string FirstUse = PrivacyText.FirstUseNote + "\n\n";

    private TeamsHarness Sut => fixture.Harness;

    [Fact]
    public async Task A_channel_message_that_does_not_mention_GeneBot_is_ignored()
    {
        // Arrange
        var id = Sut.NextId();

        // Act
        var status = await Sut.PostAsync(SomeActivity.Channel(Sut, id, "what is CAR-T cell therapy?", mention: false));
        await Sut.ControlAsync();

        // Assert
        Assert.Equal(202, status);
        Assert.Empty(Sut.Connector.RepliesTo(id));
    }

    [Fact]
    public async Task A_channel_mention_is_answered_with_the_at_tag_stripped_from_the_question()
    {
        // Arrange: "/help" is a command only when nothing (such as "<at>GeneBot</at>") is left in front of it.
        var id = Sut.NextId();

        // Act
        await Sut.PostAsync(SomeActivity.Channel(Sut, id, "/help", mention: true));
        var reply = await Sut.Connector.WaitForReplyAsync(id);

        // Assert
        Assert.StartsWith(FirstUse + HelpLead, reply.Json.GetProperty("text").GetString());
        Assert.Equal(id, reply.Json.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task A_bare_command_name_runs_the_command()
    {
        // Arrange
        var id = Sut.NextId();

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, id, "help"));
        var reply = await Sut.Connector.WaitForReplyAsync(id);

        // Assert
        Assert.StartsWith(FirstUse + HelpLead, reply.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task GeneBots_own_messages_and_other_activity_types_are_ignored()
    {
        // Arrange
        var own = SomeActivity.Personal(Sut, Sut.NextId(), "what is CAR-T cell therapy?");
        own["from"] = new JsonObject { ["id"] = TeamsHarness.BotId, ["name"] = "GeneBot" };
        var update = SomeActivity.Personal(Sut, Sut.NextId(), "");
        update["type"] = "conversationUpdate";
        var typing = SomeActivity.Personal(Sut, Sut.NextId(), "");
        typing["type"] = "typing";

        // Act
        foreach (var activity in new[] { own, update, typing })
            Assert.Equal(202, await Sut.PostAsync(activity));
        await Sut.ControlAsync();

        // Assert
        foreach (var activity in new[] { own, update, typing })
            Assert.Empty(Sut.Connector.RepliesTo(activity["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_admin_by_AAD_object_id_may_read_the_stats_and_a_member_may_not()
    {
        // Arrange
        var asAdmin = Sut.NextId();
        var asMember = Sut.NextId();

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, asAdmin, "/stats", TeamsHarness.AdminId));
        await Sut.PostAsync(SomeActivity.Personal(Sut, asMember, "/stats"));
        var admin = await Sut.Connector.WaitForReplyAsync(asAdmin);
        var member = await Sut.Connector.WaitForReplyAsync(asMember);

        // Assert
        Assert.Equal(FirstUse + ChatErrors.AdminsOnly.Text, member.Json.GetProperty("text").GetString());
        Assert.DoesNotContain(ChatErrors.AdminsOnly.Text, admin.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Hostile_text_gets_an_answer_and_GeneBot_keeps_answering()
    {
        // Arrange
        var id = Sut.NextId();
        var hostile = "<at>x</at> \"}]{ ) AND OR NOT *:* \\ /faq \u0000 " + new string('あ', 20_000) + " <script>alert(1)</script> &amp;&#0;";

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, id, hostile));
        var reply = await Sut.Connector.WaitForReplyAsync(id);
        var control = await Sut.ControlAsync();

        // Assert
        Assert.Equal(200, reply.Status);
        Assert.Equal(200, control.Status);
    }
}
