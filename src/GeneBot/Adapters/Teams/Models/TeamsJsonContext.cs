using System.Text.Json.Serialization;

namespace GeneBot.Adapters.Teams.Models;

/// <summary>Source-generated serialization of Bot Framework payloads: camelCase, nulls omitted, unknown fields ignored.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
public sealed partial class TeamsJsonContext : JsonSerializerContext;
