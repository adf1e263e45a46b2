using GeneBot.Chat;

namespace GeneBot.Features.Admin;

/// <summary>
/// <c>/reindex</c> for admins, on platforms without progress edits (the console chat): enqueues a rebuild and says so.
/// Discord renders the same request with a deferred reply that shows progress and then the report.
/// </summary>
public sealed class ReindexCommand(ReindexQueue queue) : IChatCommand
{
    public IReadOnlyList<string> Names => ["reindex"];
    public string Usage => "/reindex";
    public string Description => "Admins: rebuild the search index from the corpus, without downtime";

    public ChatReply Handle(ChatRequest request, string arguments)
    {
        if (request.Role < ChatRole.Admin)
            return ChatErrors.AdminsOnly;
        var ticket = queue.Request();
        if (ticket.Refused)
            return Cooldown(ticket);
        var report = ticket.Report!.GetAwaiter().GetResult();
        return ChatReply.Plain(ReindexReportText.Render(report), ephemeral: true);
    }

    public static ChatReply Cooldown(ReindexTicket ticket) =>
        ChatReply.Plain($"The index was rebuilt moments ago; try again in {Math.Ceiling(ticket.RetryAfter.TotalSeconds)} s.", ephemeral: true);
}
