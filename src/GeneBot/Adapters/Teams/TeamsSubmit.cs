using System.Text.Json;
using GeneBot.Features.Feedback;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// A press of one of GeneBot's card buttons, as Teams sends it back: a message whose <c>value</c> is the Action.Submit's
/// data (<c>{"genebot":"feedback","answerId":"…","vote":"up"}</c>) plus the card's inputs (<c>reason</c>)
/// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions#adaptive-cards-actions).
/// The value comes from the member's client, so <see cref="Parse"/> trusts nothing in it.
/// </summary>
public sealed record TeamsSubmit(string Kind, string AnswerId, bool Helpful = false, string? Reason = null)
{
    public const string KindProperty = "genebot";
    public const string AnswerIdProperty = "answerId";
    public const string VoteProperty = "vote";
    public const string ReasonInput = "reason";

    public const string Feedback = "feedback";
    public const string Simpler = "simpler";
    public const string More = "more";
    public const string AskModerator = "moderator";
    public const string Up = "up";
    public const string Down = "down";

    /// <summary>
    /// The press, or null for anything else: not an object, an unknown kind, an answer id that is not one
    /// (<see cref="FeedbackFeature.IsAnswerId"/>), a vote other than up or down, or a reason that is not text.
    /// </summary>
    public static TeamsSubmit? Parse(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object
            || String(value, KindProperty) is not { } kind
            || String(value, AnswerIdProperty) is not { } answerId
            || !FeedbackFeature.IsAnswerId(answerId))
            return null;
        return kind switch
        {
            Feedback => ParseVote(value, answerId),
            Simpler or More or AskModerator => new TeamsSubmit(kind, answerId),
            _ => null,
        };
    }

    private static TeamsSubmit? ParseVote(JsonElement value, string answerId)
    {
        var helpful = String(value, VoteProperty) switch
        {
            Up => true,
            Down => false,
            _ => (bool?)null,
        };
        if (helpful is null)
            return null;
        if (!value.TryGetProperty(ReasonInput, out var reason) || reason.ValueKind == JsonValueKind.Null)
            return new TeamsSubmit(Feedback, answerId, helpful.Value);
        return reason.ValueKind == JsonValueKind.String ? new TeamsSubmit(Feedback, answerId, helpful.Value, reason.GetString()) : null;
    }

    private static string? String(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;
}
