namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/components/reference (action row 1, button 2, text input 4)
public sealed record Component(int Type)
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int TextInputType = 4;

    public IReadOnlyList<Component>? Components { get; init; }
    public string? CustomId { get; init; }
    public int? Style { get; init; }
    public string? Label { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }
    public string? Placeholder { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public bool? Required { get; init; }
    public string? Value { get; init; }

    public static Component ActionRow(params Component[] components) => new(ActionRowType) { Components = components };

    public static Component Button(string customId, string label, int style = 1) =>
        new(ButtonType) { CustomId = customId, Label = label, Style = style };

    public static Component LinkButton(string url, string label) => new(ButtonType) { Url = url, Label = label, Style = 5 };

    public static Component TextInput(string customId, string label, int style = 1) =>
        new(TextInputType) { CustomId = customId, Label = label, Style = style };
}
