using System.Text.Json;
using GeneBot.Adapters.Teams.Auth;
using GeneBot.Adapters.Teams.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// <c>POST /api/messages</c>: the connector's activities. An invalid or missing token gets 401, a valid one issued for
/// another serviceUrl 403, and neither is ever processed. An accepted activity is queued and acknowledged with 202
/// at once; the answer goes out of band (the connector waits only seconds).
/// </summary>
public sealed class TeamsEndpoint(ConnectorTokenValidator validator, TeamsInbox inbox, ILogger<TeamsEndpoint> logger)
{
    public const string Path = "/api/messages";

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (await validator.ValidateAsync(context.Request.Headers.Authorization.ToString(), cancellationToken).ConfigureAwait(false) is not { } identity)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (await ReadAsync(context.Request, cancellationToken).ConfigureAwait(false) is not { ServiceUrl: not null } activity)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!identity.Allows(activity.ServiceUrl))
        {
            Log.TeamsServiceUrlMismatch(logger);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        if (!inbox.TryAdd(activity))
        {
            Log.TeamsInboxFull(logger, activity.Id ?? "");
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private static async Task<Activity?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, TeamsJsonContext.Default.Activity, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (BadHttpRequestException)
        {
            // Over Kestrel's body limit, or a broken upload.
            return null;
        }
    }
}
