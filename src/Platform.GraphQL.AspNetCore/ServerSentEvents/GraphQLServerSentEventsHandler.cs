using System.Globalization;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Platform.GraphQL.AspNetCore.Subscriptions;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// GraphQL over Server-Sent Events in the protocol's "distinct connections mode", for clients that
/// cannot open a WebSocket: a GET or POST of the GraphQL path that accepts <c>text/event-stream</c>
/// gets one <c>event: next</c> per result (one for a query or mutation, one per event for a
/// subscription) and a final <c>event: complete</c>; closing the connection ends the operation.
/// A request refused before it runs (bad parameters, parse, validation, limits) is answered like
/// GraphQL over HTTP: 400 with a JSON body of errors and no stream.
/// </summary>
internal sealed class GraphQLServerSentEventsHandler(OperationPipeline pipeline)
{
    public const string MediaType = "text/event-stream";
    private static readonly JsonWriterOptions _writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] _complete = Encoding.UTF8.GetBytes("event: complete\ndata:\n\n");

    /// <summary>Whether the request asks for an event stream (and so belongs here, not to the JSON handler).</summary>
    public static bool Accepts(HttpRequest request) =>
        !request.HttpContext.WebSockets.IsWebSocketRequest
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, $"{request.Method} is not supported: open an event stream with GET or POST.", GraphQLHttpErrorCodes.BadRequest);
            return;
        }

        if (pipeline.RateLimiter is { } limiter && !limiter.TryAcquire(context.User, context.Connection.RemoteIpAddress, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            await RefuseAsync(context, StatusCodes.Status429TooManyRequests, limiter.RefusalMessage, GraphQLHttpErrorCodes.RateLimited);
            return;
        }

        var read = isGet ? GraphQLRequestReader.ReadGet(request.Query) : await GraphQLRequestReader.ReadPostAsync(request, pipeline.Options.MaxRequestBytes, context.RequestAborted);
        if (read.Parameters is not { } parameters)
        {
            await RefuseAsync(context, read.Status, read.Error!, read.Code ?? GraphQLHttpErrorCodes.BadRequest);
            return;
        }

        if (pipeline.Prepare(parameters, out var errors) is not { } prepared)
        {
            await WriteJsonAsync(context, StatusCodes.Status400BadRequest, ExecutionResult.FromRequestErrors(errors));
            return;
        }

        if (isGet && prepared.Type == OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "GET cannot run a mutation; send it with POST.", GraphQLHttpErrorCodes.BadRequest);
            return;
        }

        var scopes = context.RequestServices.GetRequiredService<IServiceScopeFactory>();
        var aborted = context.RequestAborted;
        if (prepared.Type != OperationType.Subscription)
        {
            var result = await pipeline.ExecuteAsync(prepared, scopes, context.User, aborted);
            await StartAsync(context);
            await WriteNextAsync(context, result);
            await WriteCompleteAsync(context);
            return;
        }

        var started = await pipeline.SubscribeAsync(prepared, context.RequestServices, context.User, aborted);
        await StartAsync(context);
        if (!started.IsStarted)
        {
            await WriteNextAsync(context, started.Failure);
            await WriteCompleteAsync(context);
            return;
        }

        try
        {
            await using var subscription = started.Stream;
            await foreach (var result in pipeline.ReadAsync(subscription, scopes, context.User, aborted))
            {
                await WriteNextAsync(context, result);
            }

            await WriteCompleteAsync(context);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how it unsubscribes.
        }
    }

    private static async Task StartAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = MediaType + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.StartAsync(context.RequestAborted);

        // The headers go out now, so the client knows the subscription is live before any event.
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static async Task WriteNextAsync(HttpContext context, ExecutionResult result)
    {
        // JSON written by Utf8JsonWriter has no raw line breaks, so it is one data line.
        var body = context.Response.BodyWriter;
        body.Write("event: next\ndata: "u8);
        await using (var writer = new Utf8JsonWriter(body, _writerOptions))
        {
            result.WriteTo(writer);
        }

        body.Write("\n\n"u8);
        await body.FlushAsync(context.RequestAborted);
    }

    private static async Task WriteCompleteAsync(HttpContext context)
    {
        await context.Response.BodyWriter.WriteAsync(_complete, context.RequestAborted);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static Task RefuseAsync(HttpContext context, int status, string message, string code) =>
        WriteJsonAsync(context, status, ExecutionResult.FromRequestErrors([new ExecutionError(message, extensions: OperationPipeline.Code(code))]));

    private static async Task WriteJsonAsync(HttpContext context, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ResponseMediaType.GraphQLResponseJson + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter, _writerOptions);
        result.WriteTo(writer);
        await writer.FlushAsync(context.RequestAborted);
    }
}
