using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeneBot.Discord.Models;

/// <summary>Source-generated serialization for every Discord payload: snake_case, nulls omitted, unknown fields ignored.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(ApplicationCommandData))]
[JsonSerializable(typeof(MessageComponentData))]
[JsonSerializable(typeof(ModalSubmitData))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(MessageCreateRequest))]
[JsonSerializable(typeof(MessageEditRequest))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommandDefinition>))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(StartThreadRequest))]
[JsonSerializable(typeof(CreateDmRequest))]
[JsonSerializable(typeof(GatewayBot))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
