using System.Globalization;
using System.Text;
using GeneBot.Chat;
using GeneBot.Features.Feedback;
using GeneBot.Knowledge.Corpus;
using GeneBot.Storage;

namespace GeneBot.Features.Faq;

/// <summary>
/// <c>/faq show KEY</c> (or <c>/faq KEY</c>) and <c>/faq list [PAGE]</c> for anyone; <c>/faq post KEY</c>,
/// <c>/faq add|edit|remove</c> and <c>/faq history KEY</c> for moderators. An unknown key suggests the nearest ones.
/// Without a store (<paramref name="editor"/> null) the entries are the corpus's and cannot be changed.
/// </summary>
public sealed class FaqCommand(FaqCatalog catalog, FaqEditor? editor = null, AnswerRecorder? recorder = null) : IChatCommand
{
    public const int PageSize = 15;

    public IReadOnlyList<string> Names => ["faq"];
    public string Usage => "/faq KEY | /faq list [PAGE] | /faq post|remove|history KEY | /faq add|edit KEY | TITLE | LINK | BODY [| ALIASES]";
    public string Description => "Show a moderator-written FAQ entry (moderators: post, add, edit, remove, history)";

    public ChatReply Handle(ChatRequest request, string arguments)
    {
        var space = arguments.IndexOf(' ');
        var verb = (space < 0 ? arguments : arguments[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : arguments[(space + 1)..].Trim();
        if (verb is "add" or "edit" or "remove" && request.Options.Count == 0)
            request = request with { Options = FaqTextArguments.Parse(rest) };
        var key = request.Option("key") ?? rest;
        return verb switch
        {
            "" when request.Option("key") is not null => Show(request, key, post: false),
            "" or "list" => List(request.Option("page") ?? rest),
            "show" => Show(request, key, post: false),
            "post" => Moderated(request, () => Show(request, key, post: true)),
            "history" => Moderated(request, () => History(key)),
            "add" => Moderated(request, () => editor?.Add(request) ?? ReadOnly),
            "edit" => Moderated(request, () => editor?.Edit(request) ?? ReadOnly),
            "remove" => Moderated(request, () => editor?.Remove(request) ?? ReadOnly),
            _ => Show(request, arguments, post: false),
        };
    }

    private static readonly ChatReply ReadOnly = ChatReply.Plain("FAQ entries can't be changed here: GeneBot has no store configured.", ephemeral: true);

    private static ChatReply Moderated(ChatRequest request, Func<ChatReply> action) =>
        request.Role >= ChatRole.Moderator ? action() : ChatErrors.ModeratorsOnly;

    private ChatReply Show(ChatRequest request, string key, bool post)
    {
        if (key.Length == 0)
            return ChatReply.Plain("Which entry? Try /faq list.", ephemeral: true);
        if (catalog.Find(key) is not { } entry)
            return Unknown(key);
        recorder?.Record(request, AnswerOutcome.Faq, entry.Key);
        return new ChatReply(FaqText.Render(entry), Faq: entry, Ephemeral: !post)
        {
            ReplyTo = post ? request.Option("reply_to") : null,
        };
    }

    private ChatReply Unknown(string key) => FaqReplies.Unknown(catalog, key);

    private ChatReply List(string page)
    {
        var all = catalog.All;
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        var number = int.TryParse(page, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, pages) : 1;
        var sb = new StringBuilder($"FAQ entries (use /faq KEY), page {number} of {pages}:").AppendLine();
        foreach (var entry in all.Skip((number - 1) * PageSize).Take(PageSize))
            sb.Append("  ").Append(entry.Key).Append(" — ").AppendLine(entry.Title);
        if (number < pages)
            sb.Append("Next: /faq list ").Append(number + 1);
        return ChatReply.Plain(sb.ToString().TrimEnd(), ephemeral: true);
    }

    private ChatReply History(string key)
    {
        if (editor is null)
            return ReadOnly;
        var changes = editor.History(key);
        if (changes.Count == 0)
            return catalog.Find(key) is null
                ? Unknown(key)
                : ChatReply.Plain($"'{FaqCatalog.Normalize(key)}' has not been changed in chat; it is the corpus version.", ephemeral: true);
        var sb = new StringBuilder($"Changes to '{changes[0].Key}', newest first:").AppendLine();
        foreach (var change in changes)
            sb.AppendLine(FaqHistoryText.Line(change));
        return ChatReply.Plain(sb.ToString().TrimEnd(), ephemeral: true);
    }
}
