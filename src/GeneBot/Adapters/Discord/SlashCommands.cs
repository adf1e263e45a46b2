using GeneBot.Adapters.Discord.Moderation;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Adapters.Discord;

/// <summary>GeneBot's slash commands. Names are data: a test checks that they are unique and valid for Discord.</summary>
public static class SlashCommands
{
    public static readonly SlashCommand Ask = new(
        "ask", "Ask GeneBot a question about gene therapy and cancer", ChatCommand: "", Ephemeral: false,
        new SlashOption("question", "Your question, in plain words", Required: true, MaxLength: 500));

    public static readonly SlashCommand Help = new(
        "help", "What GeneBot can and cannot do", ChatCommand: "/help", Ephemeral: true);

    /// <summary>
    /// /faq mixes subcommands for everyone (show, list) with moderators' ones, and Discord's default_member_permissions
    /// applies to a whole command, so it is left unset here; every moderator subcommand checks member.permissions itself.
    /// </summary>
    public static readonly SlashCommand Faq = new("faq", "FAQ entries: show one, or (moderators) post and edit them", ChatCommand: "/faq", Ephemeral: false)
    {
        Subcommands =
        [
            new("show", "Show an FAQ entry (only you see it)", Key()),
            new("list", "List the FAQ entries", new SlashOption("page", "Page number", Required: false, MaxLength: 0) { Type = SlashOption.IntegerType }),
            new("post", "Moderators: post an FAQ entry in this channel", Key(),
                new SlashOption("reply_to", "Optionally, the id of the message to reply to", Required: false, MaxLength: 25)),
            new("add", "Moderators: add an FAQ entry",
                new SlashOption("key", "A new key: lowercase letters, digits, hyphens", Required: true, MaxLength: 100),
                new SlashOption("title", "The question, as a title", Required: true, MaxLength: 200),
                new SlashOption("body", "The short answer", Required: true, MaxLength: FaqParser.MaxAnswerLength),
                new SlashOption("link", "An article id or an https URL to read more", Required: true, MaxLength: 300),
                new SlashOption("aliases", "Other keys, comma-separated", Required: false, MaxLength: 300)),
            new("edit", "Moderators: change an FAQ entry (only the fields given)", Key(),
                new SlashOption("title", "The new title", Required: false, MaxLength: 200),
                new SlashOption("body", "The new short answer", Required: false, MaxLength: FaqParser.MaxAnswerLength),
                new SlashOption("link", "The new link: an article id or an https URL", Required: false, MaxLength: 300),
                new SlashOption("aliases", "The new aliases, comma-separated", Required: false, MaxLength: 300)),
            new("remove", "Moderators: remove an FAQ entry", Key()),
            new("history", "Moderators: who changed an FAQ entry, when, and what", Key()),
        ],
    };

    public static readonly SlashCommand Reindex = new("reindex", "Admins: rebuild the search index from the corpus", ChatCommand: "/reindex", Ephemeral: true)
    {
        DefaultMemberPermissions = DiscordPermissions.ManageGuild.ToString(System.Globalization.CultureInfo.InvariantCulture),
        GuildOnly = true,
        HasOwnHandler = true,
    };

    public static readonly SlashCommand Stats = new("stats", "Admins: answers, gaps and feedback", ChatCommand: "/stats", Ephemeral: true,
        new SlashOption("days", "How many days back (default 7)", Required: false, MaxLength: 0) { Type = SlashOption.IntegerType })
    {
        DefaultMemberPermissions = DiscordPermissions.ManageGuild.ToString(System.Globalization.CultureInfo.InvariantCulture),
        GuildOnly = true,
    };

    public static IReadOnlyList<SlashCommand> All { get; } = [Ask, Help, Faq, Reindex, Stats];

    public static SlashCommand? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    private static SlashOption Key() => new("key", "The entry's key or an alias", Required: true, MaxLength: 100) { Autocomplete = true };
}
