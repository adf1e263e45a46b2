using System.Security.Cryptography;
using System.Text;
using GeneBot.Knowledge.Corpus;
using GeneBot.Storage;

namespace GeneBot.Features.Faq;

/// <summary>
/// Puts moderators' stored FAQ edits into every corpus snapshot the knowledge base indexes, so /ask can cite them; the
/// snapshot's fingerprint then covers the edits, so an index built without them counts as stale at the next start.
/// </summary>
public static class FaqIndexing
{
    public static Func<CorpusSnapshot, CorpusSnapshot> Prepare(IFaqStore store) => snapshot =>
    {
        var overrides = store.Overrides();
        if (overrides.Count == 0)
            return snapshot;
        var edits = string.Join('\n', overrides.Select(o => o.Key + "=" + (FaqRecord.Serialize(o.Entry) ?? "removed")));
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot.Fingerprint + "\n" + edits)));
        return snapshot with { Faqs = FaqMerge.Apply(snapshot.Faqs, overrides), Fingerprint = fingerprint };
    };
}
