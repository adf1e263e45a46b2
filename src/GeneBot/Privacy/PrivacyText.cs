namespace GeneBot.Privacy;

/// <summary>What GeneBot says about privacy, in one place. None of these repeats anything a member wrote.</summary>
public static class PrivacyText
{
    /// <summary>The one-time note a member sees the first time they use GeneBot.</summary>
    public const string FirstUseNote =
        "ℹ️ First time here? GeneBot quotes a reviewed library on gene therapy and cancer, with sources. " +
        "It is not a doctor, can't advise on your own care and can't help in an emergency: call your care team or emergency services. " +
        "Keep personal details out of public channels. /help tells more.";

    /// <summary>The public reply to a mention with personal details, when the answer went to the member's DMs.</summary>
    public const string SentToDm =
        "Your question includes personal health details, so I've sent my answer to you in a direct message instead of posting it here. " +
        "To protect your privacy, it's best to leave names, ages, dates and hospitals out of public channels.";

    /// <summary>The public reply to a mention with personal details, when GeneBot cannot DM the member.</summary>
    public const string AskPrivately =
        "Your question includes personal health details, so I won't answer it in this public channel. " +
        "Please ask me in a direct message, or use /ask (only you will see the answer), and leave out names, ages, dates and hospitals.";

    /// <summary>The first line of the answer GeneBot sends to the member's DMs.</summary>
    public const string DmLead =
        "You asked me a question in a server that included personal health details, so here is my answer privately.";

    /// <summary>The first line of a slash-command answer made ephemeral because of personal details.</summary>
    public const string OnlyYouCanSee =
        "Only you can see this answer, because your question included personal health details.";

    /// <summary>The reply in a Teams channel or group chat to a question with personal details, when the answer went to a 1:1 chat.</summary>
    public const string SentToPrivateChat =
        "Your question includes personal health details, so I've sent my answer to you in a private chat with me instead of posting it here. " +
        "To protect your privacy, it's best to leave names, ages, dates and hospitals out of channels and group chats.";

    /// <summary>The reply in a Teams channel or group chat to a question with personal details, when GeneBot cannot open a 1:1 chat.</summary>
    public const string AskInPrivateChat =
        "Your question includes personal health details, so I won't answer it here, and I couldn't start a private chat with you. " +
        "Please message me in a 1:1 chat with GeneBot (add the GeneBot app for yourself first if you need to), and leave out names, ages, dates and hospitals.";

    /// <summary>The first line of the answer GeneBot sends to a Teams 1:1 chat.</summary>
    public const string PrivateChatLead =
        "You asked me a question in a channel or group chat that included personal health details, so here is my answer privately.";
}
