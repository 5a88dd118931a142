using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Kernel.Security;

namespace Platform.Host.Tests;

/// <summary>Posts GraphQL documents to a test host as a signed-in user and reads the answers.</summary>
public sealed class GraphQLClient(HostFactory host)
{
    public HostFactory Host { get; } = host;

    public async Task<string> TokenAsync(string demoUser)
    {
        var response = await Host.CreateClient().GetFromJsonAsync<JsonElement>(new Uri($"/auth/dev-token?user={demoUser}", UriKind.Relative));
        return response.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A token for a patient login bound to a given record, signed with the host's own key, as the identity provider would issue it.</summary>
    public string PatientToken(Guid patientId)
    {
        var configuration = Host.Services.GetRequiredService<IConfiguration>();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "international-patient-center",
            Audience = "platform",
            Claims = new Dictionary<string, object> { ["sub"] = "patient-" + patientId.ToString("N")[..8], ["name"] = "A patient", ["role"] = Roles.Patient, ["patient_id"] = patientId.ToString() },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Identity:Jwt:SigningKey"]!)) { KeyId = "platform" },
                SecurityAlgorithms.HmacSha256),
        });
    }

    public async Task<JsonElement> PostAsync(string token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Host.CreateClient().SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Posts and insists on an answer without top-level errors; returns its data.</summary>
    public async Task<JsonElement> DataAsync(string token, string query, object? variables = null)
    {
        var body = await PostAsync(token, query, variables);
        if (body.TryGetProperty("errors", out var errors))
        {
            throw new ShouldAssertException($"GraphQL errors: {errors}");
        }

        return body.GetProperty("data");
    }

    /// <summary>Sends a request through the host's own pipeline as a user (for setup GraphQL does not serve, such as partner grants).</summary>
    public async Task<TResponse> SendAsync<TResponse>(ClaimsPrincipal user, IRequest<TResponse> request)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(user, "127.0.0.1");
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<Guid> RegisterPatientAsync(string token, string kind, string familyName)
    {
        var data = await DataAsync(token, $$"""
            mutation { registerPatient(input: { kind: {{kind}}, source: DIRECT, identity: { familyName: "{{familyName}}", givenName: "Test", dateOfBirth: "1970-05-06", sex: FEMALE, nationality: "GB" } }) { patient { registryId } errors { message } } }
            """);
        return Guid.Parse(data.GetProperty("registerPatient").GetProperty("patient").GetProperty("registryId").GetString()!);
    }

    public async Task<JsonElement> OpenJourneyAsync(string token, Guid patientId, string? serviceLine = null)
    {
        var data = await DataAsync(token, """
            mutation($input: OpenJourneyInput!) { openJourney(input: $input) { journey { id version stage careSetting serviceLine } errors { __typename message code } } }
            """, new { input = new { patientId, title = "Knee replacement", serviceLine } });
        var payload = data.GetProperty("openJourney");
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
        return payload.GetProperty("journey");
    }
}
