using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Host.Tests;

/// <summary>What the subscription tests share: a GraphQL request over HTTP, and GraphQL over Server-Sent Events read event by event.</summary>
internal static class EventStreams
{
    /// <summary>Posts a query or mutation and returns its data, failing the test on any error.</summary>
    public static async Task<JsonElement> DataAsync(HttpClient client, string query, object? variables)
    {
        var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.TryGetProperty("errors", out _).ShouldBeFalse(body.ToString());
        return body.GetProperty("data");
    }

    /// <summary>A POST that asks for an event stream (distinct connections mode).</summary>
    public static HttpRequestMessage Stream(string query, object? variables) => new(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
    {
        Content = JsonContent.Create(new { query, variables }),
        Headers = { Accept = { new MediaTypeWithQualityHeaderValue("text/event-stream") } },
    };

    /// <summary>The next server-sent event, its name and data; fails when none completes within 30 seconds or the stream ends.</summary>
    public static async Task<(string Event, string Data)> ReadEventAsync(StreamReader reader)
    {
        string? name = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) is { } line)
        {
            if (line.Length == 0 && name is not null)
            {
                return (name, string.Join('\n', data));
            }

            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line["data:".Length..].TrimStart());
            }
        }

        throw new ShouldAssertException($"The stream ended before a complete event (had {name}).");
    }
}
