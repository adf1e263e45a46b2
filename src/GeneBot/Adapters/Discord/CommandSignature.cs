using System.Text;
using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord;

/// <summary>
/// A canonical text of a command set, comparable between what GeneBot would register and what Discord returns
/// (defaults filled in, order-independent), so commands are overwritten only when their definition changed.
/// </summary>
public static class CommandSignature
{
    public static string Of(IEnumerable<ApplicationCommandDefinition> commands) =>
        Join(commands.Select(c => Command(c.Name, c.Description, c.Type, c.DefaultMemberPermissions, c.Contexts, c.Options)));

    public static string Of(IEnumerable<ApplicationCommand> commands) =>
        Join(commands.Select(c => Command(c.Name, c.Description, c.Type, c.DefaultMemberPermissions, c.Contexts, c.Options)));

    private static string Join(IEnumerable<string> commands) => string.Join("\n", commands.Order(StringComparer.Ordinal));

    private static string Command(string name, string description, int? type, string? permissions, IReadOnlyList<int>? contexts,
        IReadOnlyList<ApplicationCommandOptionDefinition>? options)
    {
        var sb = new StringBuilder()
            .Append(type ?? 1).Append('|').Append(name).Append('|').Append(description)
            .Append("|perm=").Append(permissions ?? "")
            .Append("|ctx=").Append(string.Join(',', (contexts ?? []).Order()));
        foreach (var option in options ?? [])
            Option(sb, option);
        return sb.ToString();
    }

    private static void Option(StringBuilder sb, ApplicationCommandOptionDefinition option)
    {
        sb.Append("|opt(").Append(option.Type).Append(',').Append(option.Name).Append(',').Append(option.Description)
            .Append(",req=").Append(option.Required ?? false)
            .Append(",min=").Append(option.MinLength).Append(",max=").Append(option.MaxLength)
            .Append(",auto=").Append(option.Autocomplete ?? false)
            .Append(",choices=").Append(string.Join(';', (option.Choices ?? []).Select(c => $"{c.Name}={c.Value.GetRawText()}")));
        foreach (var child in option.Options ?? [])
            Option(sb, child);
        sb.Append(')');
    }
}
