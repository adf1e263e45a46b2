using GeneBot.Chat;

namespace GeneBot.Features.Feedback;

/// <summary>"Ask a moderator": the notice for moderators carries a link to the answer (on Teams, where and when it was), never the question's text.</summary>
public static class ModeratorNotice
{
    public static string Text(string whereToLook) =>
        $"A member would like a moderator's help with a question GeneBot could not answer: {whereToLook}";

    public static readonly ChatReply Sent = ChatReply.Plain("I've let the moderators know; one of them will look at your question.", ephemeral: true);

    public static readonly ChatReply Unavailable = ChatReply.Plain("There's no moderator channel set up; please ask a moderator directly.", ephemeral: true);
}
