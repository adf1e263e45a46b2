using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeneBot.Discord.Models;

/// <summary>Reads snowflakes from strings (the wire format) or numbers; always writes strings.</summary>
public sealed class SnowflakeJsonConverter : JsonConverter<Snowflake>
{
    public override Snowflake Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String when Snowflake.TryParse(reader.GetString(), out var s) => s,
            JsonTokenType.Number => new Snowflake(reader.GetUInt64()),
            _ => throw new JsonException("A snowflake must be a decimal string."),
        };

    public override void Write(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
