using System.Text.Json;

namespace GeneBot.Tests.Support.Teams;

/// <summary>One request the fake connector received (a reply, a new conversation, a message to one, a token request) and the status it was answered with.</summary>
public sealed record ConnectorRequest(string Path, string? Authorization, string Body, int Status, TimeSpan At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}
