namespace GeneBot.Chat;

/// <summary>The user-facing replies for failures, in one place: short, friendly, never a stack trace.</summary>
public static class ChatErrors
{
    public static readonly ChatReply SomethingWentWrong =
        ChatReply.Plain("Something went wrong while I was looking that up. Please try again in a moment.", ephemeral: true);

    public static readonly ChatReply NotInThisChannel =
        ChatReply.Plain("GeneBot doesn't answer in this channel. Please ask in one of the channels set up for it, or send me a direct message.", ephemeral: true);

    public static readonly ChatReply UnknownCommand =
        ChatReply.Plain("I don't know that command. Try /help to see what I can do.", ephemeral: true);

    public static readonly ChatReply ModeratorsOnly =
        ChatReply.Plain("Only moderators can do that.", ephemeral: true);

    public static readonly ChatReply AdminsOnly =
        ChatReply.Plain("Only server admins can do that.", ephemeral: true);

    public static readonly ChatReply TooManyQuestions =
        ChatReply.Plain("You're asking faster than I can keep up with. Please wait a minute and ask again.", ephemeral: true);

    public static readonly ChatReply ChannelBusy =
        ChatReply.Plain("This channel is asking faster than I can keep up with. Please wait a minute and ask again.", ephemeral: true);
}
