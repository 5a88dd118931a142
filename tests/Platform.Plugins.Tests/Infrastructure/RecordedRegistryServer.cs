using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Platform.Plugins.Tests.Infrastructure;

/// <summary>
/// A stand-in for the ClinicalTrials.gov API v2 on 127.0.0.1, answering from the plugin's recorded records,
/// so the plugin's Live mode is tested without the network. It records every request it gets.
/// </summary>
public sealed class RecordedRegistryServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly JsonArray _studies;
    private readonly Task _serving;

    public RecordedRegistryServer(string recordedStudiesFile)
    {
        _studies = JsonNode.Parse(File.ReadAllText(recordedStudiesFile))!["studies"]!.AsArray();
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/api/v2/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _serving = ServeAsync();
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<Uri> Requests { get; } = new();

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            Requests.Enqueue(context.Request.Url!);
            var path = context.Request.Url!.AbsolutePath[BaseAddress.AbsolutePath.Length..];
            var (status, body) = path switch
            {
                "version" => (200, """{"apiVersion":"2.0.5","dataTimestamp":"2025-10-20T09:00:00"}"""),
                "studies" => (200, new JsonObject { ["totalCount"] = _studies.Count, ["studies"] = _studies.DeepClone() }.ToJsonString()),
                _ when path.StartsWith("studies/", StringComparison.Ordinal) => _studies.FirstOrDefault(s => (string?)s!["protocolSection"]!["identificationModule"]!["nctId"] == path["studies/".Length..]) is { } study
                    ? (200, study.ToJsonString())
                    : (404, "Study not found"),
                _ => (404, "Not found"),
            };
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
