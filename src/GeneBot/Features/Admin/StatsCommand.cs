using System.Globalization;
using GeneBot.Chat;
using GeneBot.Storage;

namespace GeneBot.Features.Admin;

/// <summary><c>/stats [DAYS]</c> for admins: answered and abstained counts, 👍/👎, top unanswered questions, most used FAQ entries.</summary>
public sealed class StatsCommand(IStatsStore stats, TimeProvider time) : IChatCommand
{
    public const int DefaultDays = 7;

    public IReadOnlyList<string> Names => ["stats"];
    public string Usage => "/stats [DAYS]";
    public string Description => "Admins: what GeneBot answered, where it failed, and the feedback";

    public ChatReply Handle(ChatRequest request, string arguments)
    {
        if (request.Role < ChatRole.Admin)
            return ChatErrors.AdminsOnly;
        var text = request.Option("days") ?? arguments;
        var days = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 3650) : DefaultDays;
        var report = stats.Stats(time.GetUtcNow() - TimeSpan.FromDays(days));
        return ChatReply.Plain(StatsText.Render(report, days), ephemeral: true);
    }
}
