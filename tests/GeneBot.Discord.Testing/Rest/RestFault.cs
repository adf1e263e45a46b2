namespace GeneBot.Discord.Testing.Rest;

/// <summary>A scripted failure for the next request whose path contains a fragment.</summary>
public sealed record RestFault(int Status, string Body)
{
    public double? RetryAfter { get; init; }
    public bool Global { get; init; }
    /// <summary>The fake processes the request (e.g. creates the message) and then answers with the failure.</summary>
    public bool ProcessFirst { get; init; }

    public static RestFault RateLimited(double retryAfterSeconds, bool global = false) =>
        new(429, $$"""{"message":"You are being rate limited.","retry_after":{{retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""")
        { RetryAfter = retryAfterSeconds, Global = global };

    public static RestFault ServerError(int status = 500, bool processFirst = false) =>
        new(status, """{"message":"Internal Server Error","code":0}""") { ProcessFirst = processFirst };

    public static RestFault Unauthorized() => new(401, """{"message":"401: Unauthorized","code":0}""");
}
