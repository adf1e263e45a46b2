namespace GeneBot.Adapters.Discord;

/// <summary>GeneBot's slash commands. Names are data: a test checks that they are unique and valid for Discord.</summary>
public static class SlashCommands
{
    public static readonly SlashCommand Ask = new(
        "ask", "Ask GeneBot a question about gene therapy and cancer", ChatCommand: "", Ephemeral: false,
        new SlashOption("question", "Your question, in plain words", Required: true, MaxLength: 500));

    public static readonly SlashCommand Help = new(
        "help", "What GeneBot can and cannot do", ChatCommand: "/help", Ephemeral: true);

    public static readonly SlashCommand Faq = new(
        "faq", "Show a moderator-written FAQ entry", ChatCommand: "/faq", Ephemeral: true,
        new SlashOption("key", "The entry's key, e.g. what-is-car-t (leave empty for the list)", Required: false, MaxLength: 100));

    public static IReadOnlyList<SlashCommand> All { get; } = [Ask, Help, Faq];

    public static SlashCommand? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
