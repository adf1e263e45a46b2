using System.Text;
using GeneBot.Chat;

namespace GeneBot.Features.Help;

/// <summary><c>/help</c>: what GeneBot can and cannot do.</summary>
public sealed class HelpCommand(Func<IReadOnlyCollection<IChatCommand>> commands) : IChatCommand
{
    /// <summary>What GeneBot is, one sentence a line: the start of the help, and of the Teams welcome.</summary>
    public const string About =
        "GeneBot answers questions about gene therapy and cancer with short excerpts from a reviewed library, each with its source.\n" +
        "It only quotes its library: when the library has nothing on a question, it says so instead of guessing.\n" +
        "It is not a doctor and cannot give advice about your own care. For urgent symptoms, contact your care team or emergency services now.";

    public IReadOnlyList<string> Names => ["help"];
    public string Usage => "/help";
    public string Description => "What GeneBot can and cannot do";

    public ChatReply Handle(ChatRequest request, string arguments)
    {
        var sb = new StringBuilder()
            .AppendLine(About)
            .AppendLine()
            .AppendLine("Ask in plain words, for example \"what is CAR-T?\" or \"are oncolytic viruses safe?\".")
            .AppendLine()
            .AppendLine("Commands:");
        foreach (var command in commands().OrderBy(c => c.Usage, StringComparer.Ordinal))
            sb.Append("  ").Append(command.Usage).Append(" — ").AppendLine(command.Description);
        return ChatReply.Plain(sb.ToString().TrimEnd(), ephemeral: true);
    }
}
