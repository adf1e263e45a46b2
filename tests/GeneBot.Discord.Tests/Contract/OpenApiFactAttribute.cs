using GeneBot.Discord.Testing.Contract;

namespace GeneBot.Discord.Tests.Contract;

/// <summary>A fact that is skipped, with the reason, where ../shared/discord/openapi.json is absent.</summary>
public sealed class OpenApiFactAttribute : FactAttribute
{
    public OpenApiFactAttribute()
    {
        if (OpenApiValidator.Shared.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
