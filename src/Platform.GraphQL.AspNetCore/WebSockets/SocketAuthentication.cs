using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Browsers cannot set headers on a WebSocket, so graphql-transport-ws clients send credentials in
/// the <c>connection_init</c> payload: <c>{ "Authorization": "Bearer …" }</c> (or <c>authorization</c>).
/// The value goes through the host's default authentication scheme exactly as the HTTP header
/// would (JWT bearer in this host), so the socket's user is the principal an HTTP request with that
/// header gets.
/// </summary>
internal static class SocketAuthentication
{
    /// <summary>The credentials in the payload, or null when it carries none.</summary>
    public static string? Credentials(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (property.NameEquals("Authorization") || property.NameEquals("authorization"))
            {
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : string.Empty;
            }
        }

        return null;
    }

    /// <summary>The principal for <paramref name="authorization"/> (an Authorization header value); null when it is refused.</summary>
    public static async Task<ClaimsPrincipal?> AuthenticateAsync(HttpContext socketContext, string authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization) || socketContext.RequestServices.GetService<IAuthenticationSchemeProvider>() is null)
        {
            return null;
        }

        // A scope and a request of their own: handlers cache their result per request, and the
        // upgrade request was already authenticated (without this header).
        await using var scope = socketContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Scheme = socketContext.Request.Scheme;
        probe.Request.Host = socketContext.Request.Host;
        probe.Request.Path = socketContext.Request.Path;
        probe.Connection.RemoteIpAddress = socketContext.Connection.RemoteIpAddress;
        probe.Request.Headers.Authorization = authorization;
        var result = await probe.AuthenticateAsync();
        return result.Succeeded && result.Principal.Identity?.IsAuthenticated == true ? result.Principal : null;
    }
}
