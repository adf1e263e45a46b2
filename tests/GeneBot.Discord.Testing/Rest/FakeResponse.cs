using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GeneBot.Discord.Testing.Rest;

/// <summary>What the fake answers: status, JSON body and headers.</summary>
public sealed record FakeResponse(int Status, string Body)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static FakeResponse Json(int status, JsonNode? body) => new(status, body?.ToJsonString() ?? "");

    public static FakeResponse NoContent() => new(204, "");

    public static FakeResponse Error(int status, int code, string message) =>
        Json(status, new JsonObject { ["message"] = message, ["code"] = code });

    public static FakeResponse FromFault(RestFault fault)
    {
        var response = new FakeResponse(fault.Status, fault.Body);
        if (fault.RetryAfter is not { } after)
        {
            return response;
        }

        var headers = new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(after).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = fault.Global ? "global" : "user",
        };
        if (fault.Global)
        {
            headers["X-RateLimit-Global"] = "true";
        }

        return response with { Headers = headers };
    }

    public FakeResponse WithBucket(string template, int limit, int remaining, TimeSpan resetAfter)
    {
        var headers = new Dictionary<string, string>(Headers)
        {
            ["X-RateLimit-Bucket"] = $"bucket{(uint)template.GetHashCode():x8}",
            ["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset-After"] = Math.Max(0, resetAfter.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture),
        };
        return this with { Headers = headers };
    }

    public async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Body).ConfigureAwait(false);
        }
    }
}
