using GeneBot.Knowledge.Safety;

namespace GeneBot.Chat;

/// <summary>
/// What the moderators are told, on every platform, when a member's message in a shared place is triaged urgent or
/// crisis: which kind, what GeneBot did, and where to look; never the member's words or name.
/// </summary>
public static class SafetyAlertText
{
    /// <summary>Whether <paramref name="reply"/> answered an urgent or crisis message, and so calls for an alert.</summary>
    public static bool Alerts(ChatReply reply) => reply.Answer?.Triage is TriageClass.Urgent or TriageClass.Crisis;

    /// <summary>The alert; <paramref name="whereToLook"/> is a link to the message, or where and when it was sent.</summary>
    public static string For(TriageClass triage, string whereToLook) => triage == TriageClass.Crisis
        ? $"Safety alert: a message may describe a crisis (self-harm or suicide). GeneBot replied with crisis-line guidance. Please check on the member: {whereToLook}"
        : $"Safety alert: a message may describe urgent symptoms. GeneBot told the member to contact their care team or emergency services. Please check on them: {whereToLook}";
}
