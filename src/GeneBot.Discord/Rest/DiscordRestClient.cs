using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GeneBot.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Discord.Rest;

/// <summary>Typed HttpClient for Discord's REST API: bucket rate limits, 429/5xx retries, 401 latch. See the routes in
/// DiscordRestClient.Routes.cs.</summary>
public sealed partial class DiscordRestClient(
    HttpClient httpClient,
    DiscordRestState state,
    IOptions<DiscordOptions> options,
    ILogger<DiscordRestClient> logger,
    Telemetry.DiscordMetrics? metrics = null) : IDiscordRestClient
{
    public const string UserAgent = "DiscordBot (https://github.com/genebot/genebot, 0.1.0)";

    private readonly HttpClient http = Configure(httpClient, options.Value);

    private static HttpClient Configure(HttpClient client, DiscordOptions settings)
    {
        var baseUrl = settings.ApiBaseUrl.ToString();
        client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", settings.Token);
        client.DefaultRequestHeaders.UserAgent.Clear();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        return client;
    }

    private async Task<T?> SendAsync<T>(RestRoute route, HttpContent? body, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
        where T : class
    {
        var payload = body is null ? null : await body.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return await state.Pipeline.ExecuteAsync(
            async token => await SendOnceAsync(route, payload, responseType, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<T?> SendOnceAsync<T>(RestRoute route, byte[]? payload, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
        where T : class
    {
        if (state.IsUnauthorized)
        {
            throw new DiscordUnauthorizedException(route.Name, "an earlier request was rejected with 401; all requests are stopped");
        }

        var bucket = await state.Limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false);
        try
        {
            using var request = new HttpRequestMessage(route.Method, route.Path);
            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            state.Limiter.Learn(route, bucket, response.Headers);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return responseType is null || text.Length == 0 ? null : JsonSerializer.Deserialize(text, responseType);
            }

            throw Failure(route, bucket, response, text);
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private DiscordApiException Failure(RestRoute route, RateLimitBucket bucket, HttpResponseMessage response, string text)
    {
        var failure = Classify(route, bucket, response, text);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests
            && !IsSharedScope(response))
        {
            state.InvalidRequests.Record();
        }

        return failure;
    }

    private DiscordApiException Classify(RestRoute route, RateLimitBucket bucket, HttpResponseMessage response, string text)
    {
        var error = TryReadError(text);
        var status = response.StatusCode;
        if (status == HttpStatusCode.Unauthorized)
        {
            state.MarkUnauthorized();
            Log.Unauthorized(logger, route.Name);
            return new DiscordUnauthorizedException(route.Name, error?.Message);
        }

        if (status == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = TimeSpan.FromSeconds(error?.RetryAfter ?? HeaderSeconds(response) ?? 1);
            var global = error?.Global ?? response.Headers.Contains("X-RateLimit-Global");
            state.Limiter.OnRateLimited(route, bucket, retryAfter, global);
            Log.RateLimited(logger, route.Name, retryAfter, global);
            metrics?.RateLimited(route.Name, global);
            return new DiscordRateLimitedException(route.Name, retryAfter, global, error?.Message);
        }

        if ((int)status >= 500)
        {
            return new DiscordServerErrorException(status, route.Name);
        }

        if (error?.Code is InteractionAcknowledgementException.UnknownInteraction or InteractionAcknowledgementException.AlreadyAcknowledged)
        {
            return new InteractionAcknowledgementException(status, error.Code.Value, route.Name, error.Message);
        }

        return new DiscordApiException(status, error?.Code, route.Name, error?.Message);
    }

    private static bool IsSharedScope(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-RateLimit-Scope", out var scope) && scope.Contains("shared");

    private static double? HeaderSeconds(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Retry-After", out var values)
        && double.TryParse(values.FirstOrDefault(), CultureInfo.InvariantCulture, out var seconds) ? seconds : null;

    private static DiscordErrorBody? TryReadError(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonSerializer.Deserialize(text, DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
