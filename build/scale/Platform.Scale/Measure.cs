using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Scale;

/// <summary>
/// Times the main screens' GraphQL queries against a running host, over HTTP as a front end sends
/// them: each case is warmed up, then sent one at a time; the result is p50 and p95 per case. A case
/// may pick its variables from ids a setup query returns (a random journey each time, say).
/// </summary>
internal static class Measure
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private sealed record Case(string Name, string User, string Query, JsonObject? Variables, Pick? Pick);

    private sealed record Pick(string Variable, string Query, string Path);

    public static async Task<int> RunAsync(Uri url, string casesFile, int iterations, string label)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        var cases = JsonSerializer.Deserialize<List<Case>>(await File.ReadAllTextAsync(casesFile), _json)
            ?? throw new InvalidOperationException($"{casesFile} holds no cases.");
        var random = new Random(11);
        foreach (var @case in cases)
        {
            var token = await TokenAsync(http, @case.User);
            var choices = @case.Pick is { } pick ? await ChoicesAsync(http, token, pick) : [];
            if (@case.Pick is not null && choices.Count == 0)
            {
                throw new InvalidOperationException($"Case '{@case.Name}': the setup query found nothing to pick at {@case.Pick.Path}.");
            }

            var timings = new List<double>(iterations);
            for (var i = -Math.Max(10, iterations / 10); i < iterations; i++)
            {
                var variables = @case.Variables?.DeepClone().AsObject() ?? [];
                if (@case.Pick is { } chosen)
                {
                    variables[chosen.Variable] = choices[random.Next(choices.Count)];
                }

                var started = Stopwatch.GetTimestamp();
                await SendAsync(http, token, @case.Query, variables, @case.Name);
                if (i >= 0)
                {
                    timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            timings.Sort();
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                label,
                @case = @case.Name,
                iterations,
                p50 = Math.Round(Percentile(timings, 0.50), 2),
                p95 = Math.Round(Percentile(timings, 0.95), 2),
            }));
        }

        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task<string> TokenAsync(HttpClient http, string user)
    {
        var body = await http.GetFromJsonAsync<JsonElement>(new Uri($"/auth/dev-token?user={Uri.EscapeDataString(user)}", UriKind.Relative));
        return body.GetProperty("accessToken").GetString()!;
    }

    private static async Task<List<string>> ChoicesAsync(HttpClient http, string token, Pick pick)
    {
        var data = await SendAsync(http, token, pick.Query, [], "setup");
        IEnumerable<JsonNode?> nodes = [data];
        foreach (var part in pick.Path.Split('.'))
        {
            nodes = part.EndsWith("[*]", StringComparison.Ordinal)
                ? nodes.SelectMany(n => n?[part[..^3]]?.AsArray() ?? [])
                : nodes.Select(n => n?[part]);
        }

        return [.. nodes.Select(n => n?.GetValue<string>()).OfType<string>()];
    }

    private static async Task<JsonNode?> SendAsync(HttpClient http, string token, string query, JsonObject variables, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        if (!response.IsSuccessStatusCode || body?["errors"] is JsonArray { Count: > 0 })
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Case '{name}' failed with {(int)response.StatusCode}: {body?.ToJsonString()}"));
        }

        return body?["data"];
    }
}
