using System.Globalization;
using System.Text.Json.Serialization;

namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/reference#snowflakes
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly record struct Snowflake(ulong Value) : IComparable<Snowflake>
{
    private const long DiscordEpochMs = 1420070400000;

    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeMilliseconds((long)(Value >> 22) + DiscordEpochMs);

    public static Snowflake Parse(string text) => new(ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out Snowflake snowflake)
    {
        var ok = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        snowflake = new Snowflake(value);
        return ok;
    }

    public int CompareTo(Snowflake other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
