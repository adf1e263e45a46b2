using GeneBot.Chat;
using GeneBot.Knowledge.Safety;
using GeneBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeneBot.Privacy;

/// <summary>
/// Decides how private a reply must be, for every adapter: a question carrying personal health details
/// (corpus/privacy.yml) asked in a shared place (a Discord guild, a Teams channel or group chat) is answered where only
/// the member sees it (an ephemeral slash-command reply, a DM, a Teams 1:1 chat); and whether this is the member's
/// first use of GeneBot (they then get the one-time note).
/// </summary>
public sealed class PrivateReplyPolicy(
    PrivacyDetector detector, IFirstUseRegistry firstUse, UserHasher users, ILogger<PrivateReplyPolicy>? logger = null, StoreBreaker? breaker = null)
{
    private readonly ILogger logger = logger ?? NullLogger<PrivateReplyPolicy>.Instance;
    private readonly StoreBreaker breaker = breaker ?? new StoreBreaker(TimeProvider.System);

    /// <summary>True when <paramref name="request"/> was made in a shared place and carries personal health details.</summary>
    public bool MustAnswerPrivately(ChatRequest request) =>
        !request.IsPrivate && detector.Detect(request.Text).HasPersonalDetails;

    /// <summary>
    /// The one-time note when this is the member's first use of GeneBot, else null; also null (logged) when the
    /// registry's store cannot be reached: the answer matters more than the note, and every reply carries the disclaimer.
    /// </summary>
    public async ValueTask<string?> FirstUseNoteAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        var (first, failure) = await breaker.RunAsync(ct => firstUse.TryMarkFirstUseAsync(request.UserId, ct), fallback: false, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
            Log.FirstUseUnavailable(logger, failure.GetType().Name);
        return first ? PrivacyText.FirstUseNote : null;
    }

    /// <summary>The member's id as logs above Debug may show it.</summary>
    public string UserHash(ChatRequest request) => users.Hash(request.UserId);
}
