using System.Text;
using GeneBot.Chat;

namespace GeneBot.Features.Faq;

/// <summary><c>/faq KEY</c> shows an FAQ entry; <c>/faq list</c> lists the keys; an unknown key suggests the nearest ones.</summary>
public sealed class FaqCommand(FaqCatalog catalog) : IChatCommand
{
    public IReadOnlyList<string> Names => ["faq"];
    public string Usage => "/faq KEY | /faq list";
    public string Description => "Show a moderator-written FAQ entry";

    public ChatReply Handle(ChatRequest request, string arguments)
    {
        if (arguments.Length == 0 || arguments.Equals("list", StringComparison.OrdinalIgnoreCase))
            return List();

        if (catalog.Find(arguments) is { } entry)
            return new ChatReply(FaqText.Render(entry), Faq: entry);

        var nearest = catalog.Nearest(arguments);
        var suggestion = nearest.Count == 0 ? "" : " Did you mean: " + string.Join(", ", nearest) + "?";
        return ChatReply.Plain($"There is no FAQ entry called '{FaqCatalog.Normalize(arguments)}'.{suggestion}", ephemeral: true);
    }

    private ChatReply List()
    {
        var sb = new StringBuilder("FAQ entries (use /faq KEY):").AppendLine();
        foreach (var entry in catalog.All)
            sb.Append("  ").Append(entry.Key).Append(" — ").AppendLine(entry.Title);
        return ChatReply.Plain(sb.ToString().TrimEnd(), ephemeral: true);
    }
}
