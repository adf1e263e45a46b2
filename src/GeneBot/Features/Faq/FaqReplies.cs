using GeneBot.Chat;

namespace GeneBot.Features.Faq;

/// <summary>FAQ replies shared by the command and the editor.</summary>
public static class FaqReplies
{
    /// <summary>"No such entry", with the nearest keys.</summary>
    public static ChatReply Unknown(FaqCatalog catalog, string key)
    {
        var nearest = catalog.Nearest(key);
        var suggestion = nearest.Count == 0 ? "" : " Did you mean: " + string.Join(", ", nearest) + "?";
        return ChatReply.Plain($"There is no FAQ entry called '{FaqCatalog.Normalize(key)}'.{suggestion}", ephemeral: true);
    }
}
