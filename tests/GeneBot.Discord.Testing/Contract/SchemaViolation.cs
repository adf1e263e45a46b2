namespace GeneBot.Discord.Testing.Contract;

/// <summary>A REST body that does not match openapi.json.</summary>
public sealed record SchemaViolation(string Method, string Template, string Body, IReadOnlyList<string> Errors)
{
    public override string ToString() => $"{Method} {Template}: {string.Join("; ", Errors)} in {Body}";
}
