using GeneBot.Chat;
using GeneBot.Knowledge.Corpus;
using GeneBot.Storage;

namespace GeneBot.Features.Faq;

/// <summary>
/// Adds, edits and removes FAQ entries for moderators: validates them as the corpus reader would, stores the result
/// with its audit record (who as a hash, when, before, after), and then calls <paramref name="changed"/> (a reindex).
/// </summary>
public sealed class FaqEditor(FaqCatalog catalog, IFaqStore store, UserIdHasher users, TimeProvider time, Action? changed = null)
{
    public IReadOnlyList<FaqChange> History(string key) => store.History(FaqCatalog.Normalize(key));

    public ChatReply Add(ChatRequest request)
    {
        var key = FaqCatalog.Normalize(request.Option("key") ?? "");
        if (!Slug.IsValidId(key))
            return Refuse("A key needs lowercase letters, digits and single hyphens, e.g. what-is-car-t.");
        if (catalog.Find(key) is not null)
            return Refuse($"'{key}' is already used; edit it with /faq edit {key}.");
        var entry = new FaqEntry(key, Aliases(request.Option("aliases")), request.Option("title") ?? "", request.Option("link") ?? "", request.Option("body") ?? "", FaqRecord.StoredSource);
        return Save(request, FaqAction.Add, null, entry);
    }

    public ChatReply Edit(ChatRequest request)
    {
        if (catalog.Find(request.Option("key") ?? "") is not { } before)
            return Unknown(request.Option("key") ?? "");
        var after = before with
        {
            Title = request.Option("title") ?? before.Title,
            Body = request.Option("body") ?? before.Body,
            Link = request.Option("link") ?? before.Link,
            Aliases = request.Option("aliases") is { } aliases ? Aliases(aliases) : before.Aliases,
            SourcePath = FaqRecord.StoredSource,
        };
        return Save(request, FaqAction.Edit, before, after);
    }

    public ChatReply Remove(ChatRequest request)
    {
        if (catalog.Find(request.Option("key") ?? "") is not { } before)
            return Unknown(request.Option("key") ?? "");
        store.Save(new FaqChange(before.Key, FaqAction.Remove, users.Hash(request.UserId), time.GetUtcNow(), before, null));
        changed?.Invoke();
        return ChatReply.Plain($"Removed the FAQ entry '{before.Key}'. /faq history {before.Key} shows what it said.", ephemeral: true);
    }

    public ChatReply Unknown(string key) => FaqReplies.Unknown(catalog, key);

    private ChatReply Save(ChatRequest request, FaqAction action, FaqEntry? before, FaqEntry after)
    {
        if (Problem(after, before) is { } problem)
            return Refuse(problem);
        store.Save(new FaqChange(after.Key, action, users.Hash(request.UserId), time.GetUtcNow(), before, after));
        changed?.Invoke();
        var verb = action == FaqAction.Add ? "Added" : "Updated";
        return ChatReply.Plain($"{verb} the FAQ entry '{after.Key}'. It is searchable by /ask after the next reindex, which starts now.", ephemeral: true);
    }

    private string? Problem(FaqEntry entry, FaqEntry? before)
    {
        if (string.IsNullOrWhiteSpace(entry.Title))
            return "An FAQ entry needs a title.";
        if (string.IsNullOrWhiteSpace(entry.Body))
            return "An FAQ entry needs a body (the short answer).";
        if (entry.Body.Length > FaqParser.MaxAnswerLength)
            return $"The body is {entry.Body.Length} characters; keep it within {FaqParser.MaxAnswerLength} and link the article for more.";
        if (string.IsNullOrWhiteSpace(entry.Link))
            return "An FAQ entry needs a link: an article id or an https URL.";
        foreach (var alias in entry.Aliases)
        {
            if (!Slug.IsValidId(alias))
                return $"The alias '{alias}' is not valid: use lowercase letters, digits and single hyphens.";
            if (catalog.Find(alias) is { } other && other.Key != entry.Key && other.Key != before?.Key)
                return $"The alias '{alias}' is already used by '{other.Key}'.";
        }
        return null;
    }

    private static string[] Aliases(string? text) =>
        (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(FaqCatalog.Normalize).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    private static ChatReply Refuse(string text) => ChatReply.Plain(text, ephemeral: true);
}
