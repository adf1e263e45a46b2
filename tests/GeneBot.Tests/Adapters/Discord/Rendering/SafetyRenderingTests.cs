using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Chat;
using GeneBot.Knowledge.Safety;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord.Rendering;

/// <summary>The chat layer's safety triage, as Discord shows it: the safety words first, in plain content, never lost.</summary>
public sealed class SafetyRenderingTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>
{
    private static readonly SafetyOptions Safety = new();

    private DiscordReply Render(string question) =>
        DiscordRenderer.Render(ChatSetup.CreateRouter(bundled.Knowledge, Safety).Handle(new ChatRequest(question, "user", "place")));

    [Fact]
    public void Urgent_symptoms_lead_with_the_urgent_message_above_the_cited_embed()
    {
        // Act
        var reply = Render("my dad had car-t last week and now has a fever of 39 and is confused");

        // Assert
        Assert.Equal(Safety.UrgentMessage, reply.Content);
        Assert.NotEmpty(reply.Embed!.Fields!);
    }

    [Fact]
    public void A_personal_decision_keeps_the_care_team_note_above_the_cited_embed()
    {
        // Act
        var reply = Render("should my mum choose car-t or a stem cell transplant");

        // Assert
        Assert.StartsWith("Decisions about your own treatment", reply.Content);
        Assert.NotEmpty(reply.Embed!.Fields!);
    }

    [Fact]
    public void A_crisis_gets_the_crisis_message_alone_as_plain_content()
    {
        // Act
        var reply = Render("I want to end my life");

        // Assert
        Assert.Null(reply.Embed);
        Assert.StartsWith(Safety.CrisisMessage, reply.Content);
    }
}
