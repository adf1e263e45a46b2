using System.Text.Json;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Knowledge.Answers;
using GeneBot.Privacy;
using GeneBot.Tests.Support;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>POST /api/messages end to end: the real host with Teams alone, a fake issuer and connector on loopback.</summary>
public sealed class TeamsEndpointTests(TeamsHarnessFixture fixture) : IClassFixture<TeamsHarnessFixture>
{
    private TeamsHarness Sut => fixture.Harness;

    [Fact]
    public async Task A_valid_personal_message_is_answered_out_of_band_with_a_card_and_a_text_fallback()
    {
        // Arrange
        var id = Sut.NextId();
        var activity = SomeActivity.Personal(Sut, id, "what is CAR-T cell therapy?");
        var conversation = activity["conversation"]!["id"]!.GetValue<string>();

        // Act
        var status = await Sut.PostAsync(activity);
        var reply = await Sut.Connector.WaitForReplyAsync(id);

        // Assert
        Assert.Equal(202, status);
        Assert.Equal($"/v3/conversations/{conversation}/activities/{id}", reply.Path);
        Assert.StartsWith("Bearer connector-token-", reply.Authorization);
        var body = reply.Json;
        Assert.Equal("message", body.GetProperty("type").GetString());
        Assert.Equal(id, body.GetProperty("replyToId").GetString());
        Assert.Equal(TeamsHarness.BotId, body.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(activity["from"]!["id"]!.GetValue<string>(), body.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(conversation, body.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(["id", "isGroup", "conversationType", "tenantId"], body.GetProperty("conversation").EnumerateObject().Select(p => p.Name));
        Assert.Equal("msteams", body.GetProperty("channelId").GetString());
        // The whole reply as text only where a card cannot be shown (not as the message text: Teams would show it twice).
        Assert.False(body.TryGetProperty("text", out _));
        var summary = body.GetProperty("summary").GetString()!;
        Assert.Contains("[1] ", summary);
        Assert.Contains(ReplyText.Disclaimer, summary);

        var attachment = Assert.Single(body.GetProperty("attachments").EnumerateArray());
        Assert.Equal(Attachment.AdaptiveCard, attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal(summary, card.GetProperty("fallbackText").GetString());
        var blocks = card.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()!).ToArray();
        // A new member: the one-time note leads, then the answer.
        Assert.Equal(PrivacyText.FirstUseNote, blocks[0]);
        Assert.StartsWith(PrivacyText.FirstUseNote, summary);
        Assert.Equal(AnswerCard.Title, blocks[1]);
        Assert.StartsWith("[1] ", blocks[2]);
        Assert.Contains(blocks, b => b.StartsWith("[1] ", StringComparison.Ordinal) && b.Contains(GeneBotHarness.ArticleBaseUrl, StringComparison.Ordinal));
        Assert.Equal(ReplyText.Disclaimer, blocks[^1]);
    }

    public static TheoryData<string> InvalidTokens => ["no header", "not a bearer", "garbage", "wrong issuer", "wrong audience", "forged signature", "expired beyond the skew"];

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task A_request_without_a_valid_token_is_refused_with_401_and_never_answered(string problem)
    {
        // Arrange
        var id = Sut.NextId();
        var activity = SomeActivity.Personal(Sut, id, "what is CAR-T cell therapy?");
        var serviceUrl = Sut.Connector.ServiceUrl;

        // Act
        var status = problem switch
        {
            "no header" => await Sut.PostAsync(activity, token: null),
            "not a bearer" => await Sut.PostRawAsync(activity, "Basic " + Convert.ToBase64String("a:b"u8.ToArray())),
            "garbage" => await Sut.PostAsync(activity, "not.a.jwt"),
            "wrong issuer" => await Sut.PostAsync(activity, Sut.Issuer.Issue(TeamsHarness.AppId, serviceUrl, issuer: "https://sts.windows.net/evil/")),
            "wrong audience" => await Sut.PostAsync(activity, Sut.Issuer.Issue("another-app-id", serviceUrl)),
            "forged signature" => await Sut.PostAsync(activity, Sut.Issuer.Issue(TeamsHarness.AppId, serviceUrl, key: Sut.Issuer.ForgedKey())),
            "expired beyond the skew" => await Sut.PostAsync(activity, Sut.Issuer.Issue(TeamsHarness.AppId, serviceUrl, expires: DateTime.UtcNow.AddMinutes(-6))),
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };
        await Sut.ControlAsync();

        // Assert
        Assert.Equal(401, status);
        Assert.Empty(Sut.Connector.RepliesTo(id));
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_skew_is_still_accepted()
    {
        // Arrange
        var id = Sut.NextId();
        var token = Sut.Issuer.Issue(TeamsHarness.AppId, Sut.Connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-3));

        // Act
        var status = await Sut.PostAsync(SomeActivity.Personal(Sut, id, "what is CAR-T cell therapy?"), token);

        // Assert
        Assert.Equal(202, status);
        await Sut.Connector.WaitForReplyAsync(id);
    }

    [Fact]
    public async Task A_valid_token_for_another_service_url_is_refused_with_403_and_never_answered()
    {
        // Arrange
        var id = Sut.NextId();
        var token = Sut.Issuer.Issue(TeamsHarness.AppId, "https://smba.trafficmanager.net/teams/");

        // Act
        var status = await Sut.PostAsync(SomeActivity.Personal(Sut, id, "what is CAR-T cell therapy?"), token);
        await Sut.ControlAsync();

        // Assert
        Assert.Equal(403, status);
        Assert.Empty(Sut.Connector.RepliesTo(id));
    }

    [Fact]
    public async Task A_malformed_body_with_a_valid_token_gets_400_and_GeneBot_keeps_answering()
    {
        // Act
        var status = await Sut.PostRawAsync("{\"type\": \"message\", \"text\": [1, 2", "Bearer " + Sut.ValidToken());
        var control = await Sut.ControlAsync();

        // Assert
        Assert.Equal(400, status);
        Assert.Equal(200, control.Status);
    }

    [Fact]
    public async Task Signing_keys_are_fetched_again_when_a_token_names_an_unknown_key()
    {
        // Arrange
        await Sut.ControlAsync();
        var fetches = Sut.Issuer.MetadataFetches;
        Sut.Issuer.Rotate();
        var id = Sut.NextId();

        // Act
        var status = await Sut.PostAsync(SomeActivity.Personal(Sut, id, "what is CAR-T cell therapy?"), Sut.ValidToken());

        // Assert
        Assert.Equal(202, status);
        await Sut.Connector.WaitForReplyAsync(id);
        Assert.True(Sut.Issuer.MetadataFetches > fetches);
    }

    [Fact]
    public async Task Neither_the_app_password_nor_a_token_is_ever_logged()
    {
        // Arrange
        var token = Sut.ValidToken();

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, Sut.NextId(), "what is CAR-T cell therapy?"), token);
        var reply = await Sut.ControlAsync();

        // Assert
        var logs = string.Join('\n', Sut.Logs.Lines);
        Assert.DoesNotContain(TeamsHarness.AppPassword, logs);
        Assert.DoesNotContain(token, logs);
        Assert.DoesNotContain(reply.Authorization!["Bearer ".Length..], logs);
        Assert.DoesNotContain(Sut.Logs.Lines, l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal)
            && l.Contains("what is CAR-T", StringComparison.Ordinal));
    }
}
