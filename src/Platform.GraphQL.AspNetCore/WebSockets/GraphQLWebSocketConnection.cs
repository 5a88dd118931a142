using System.Buffers;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.AspNetCore.Subscriptions;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One graphql-transport-ws connection. Messages are handled one at a time in arrival order; a
/// subscription's source stream exists before the next message is read (so an operation sent
/// after a subscribe on the same socket happens after the subscription started), and each
/// operation then runs on its own. Sends are serialized, as a WebSocket requires.
/// </summary>
internal sealed partial class GraphQLWebSocketConnection(
    WebSocket socket, HttpContext context, OperationPipeline pipeline, GraphQLWebSocketOptions options, ILogger logger) : IAsyncDisposable
{
    private static readonly TimeSpan _closeHandshakeTimeout = TimeSpan.FromSeconds(5);
    private static readonly JsonWriterOptions _writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Dictionary<string, RunningOperation> _operations = new(StringComparer.Ordinal);
    private readonly List<Task> _started = [];
    // _closing stops operations and sends when the connection closes; _receiving stops reading,
    // which goes on after the server's close frame until the client's arrives (the handshake).
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private readonly CancellationTokenSource _receiving = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private readonly IServiceScopeFactory _scopes = context.RequestServices.GetRequiredService<IServiceScopeFactory>();
    private volatile bool _initReceived;
    private volatile bool _acknowledged;
    private bool _closed;
    private ClaimsPrincipal _user = context.User;

    public async Task RunAsync()
    {
        var watchdogs = Task.WhenAll(CloseUnlessInitialisedAsync(), PingAsync());
        try
        {
            await ReceiveLoopAsync();
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away.
        }
        catch (Exception ex)
        {
            LogConnectionFailure(logger, ex);
            await CloseAsync(GraphQLWebSocketCloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            await _closing.CancelAsync();
            List<RunningOperation> running;
            lock (_operations)
            {
                running = [.. _operations.Values];
                _operations.Clear();
            }

            foreach (var operation in running)
            {
                await operation.StopAsync();
            }

            // Operations that ended on their own may still be sending their last message.
            Task[] started;
            lock (_operations)
            {
                started = [.. _started];
            }

            await Task.WhenAll(started).ContinueWith(static _ => { }, TaskScheduler.Default);

            await watchdogs;
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult received;
            var tooLarge = false;
            do
            {
                received = await socket.ReceiveAsync(buffer.GetMemory(4096), _receiving.Token);
                buffer.Advance(received.Count);
                if (buffer.WrittenCount > pipeline.Options.MaxRequestBytes)
                {
                    // Read (and drop) the rest, so the close frame is not stuck behind it.
                    tooLarge = true;
                    buffer.ResetWrittenCount();
                }
            }
            while (!received.EndOfMessage);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(WebSocketCloseStatus.NormalClosure, null);
                return;
            }

            if (_closed)
            {
                // Waiting for the client's close frame; anything else is ignored.
                continue;
            }

            if (tooLarge)
            {
                await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, $"Message larger than the maximum request size (MaxRequestBytes) of {pipeline.Options.MaxRequestBytes} bytes");
                continue;
            }

            if (received.MessageType != WebSocketMessageType.Text)
            {
                await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: only text messages carry the protocol");
                continue;
            }

            if (ClientMessage.Parse(buffer.WrittenSpan, out var problem) is not { } message)
            {
                await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, problem!);
                continue;
            }

            await HandleAsync(message);
        }
    }

    private Task HandleAsync(ClientMessage message) => message.Type switch
    {
        ClientMessage.ConnectionInit => InitialiseAsync(message.Payload),
        ClientMessage.Ping => SendAsync(ClientMessage.Pong, null, message.Payload.ValueKind == JsonValueKind.Object ? message.Payload : null),
        ClientMessage.Pong => Task.CompletedTask,
        ClientMessage.SubscribeType => SubscribeAsync(message.Id!, message.Subscribe!),
        _ => CompleteFromClientAsync(message.Id!),
    };

    private async Task InitialiseAsync(JsonElement payload)
    {
        if (_initReceived)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        if (SocketAuthentication.Credentials(payload) is { } credentials)
        {
            if (await SocketAuthentication.AuthenticateAsync(context, credentials) is not { } principal)
            {
                await CloseAsync(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden: the Authorization in connection_init was refused");
                return;
            }

            // The connection's user for every operation, and for ICurrentUser through the HttpContext.
            _user = principal;
            context.User = principal;
        }

        await SendAsync("connection_ack", null, null);
        _acknowledged = true;
    }

    private async Task SubscribeAsync(string id, GraphQLRequestParameters parameters)
    {
        if (!_acknowledged)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        var operation = new RunningOperation(id, CancellationTokenSource.CreateLinkedTokenSource(_closing.Token));
        int count;
        lock (_operations)
        {
            if (!_operations.TryAdd(id, operation))
            {
                operation.Dispose();
                operation = null;
            }

            count = _operations.Count;
        }

        if (operation is null)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {ClientMessage.Truncate(id)} already exists");
            return;
        }

        if (count > options.MaxOperationsPerConnection)
        {
            await FinishWithErrorsAsync(operation, [new ExecutionError(
                $"This connection already runs {options.MaxOperationsPerConnection} operations (MaxOperationsPerConnection); complete one first.",
                extensions: OperationPipeline.Code(GraphQLHttpErrorCodes.BadRequest))]);
            return;
        }

        // Each operation on the socket counts against the client's rate limit, as an HTTP request does.
        if (pipeline.RateLimiter is { } limiter && !limiter.TryAcquire(_user, context.Connection.RemoteIpAddress, out var retryAfter))
        {
            await FinishWithErrorsAsync(operation, [limiter.Refusal(retryAfter)]);
            return;
        }

        if (pipeline.Prepare(parameters, out var errors) is not { } prepared)
        {
            await FinishWithErrorsAsync(operation, errors);
            return;
        }

        if (prepared.Type != OperationType.Subscription)
        {
            Start(operation, () => ExecuteAsync(operation, prepared));
            return;
        }

        // Started here, before the next message is read; its events are pumped on their own.
        var scope = _scopes.CreateAsyncScope();
        SubscriptionResult started;
        try
        {
            started = await pipeline.SubscribeAsync(prepared, scope.ServiceProvider, _user, operation.Token);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }

        if (!started.IsStarted)
        {
            await scope.DisposeAsync();
            await SendAsync("next", id, started.Failure);
            await FinishAsync(operation);
            return;
        }

        Start(operation, () => PumpAsync(operation, started.Stream, scope));
    }

    private void Start(RunningOperation operation, Func<Task> run)
    {
        var task = Task.Run(run);
        operation.Run = task;
        lock (_operations)
        {
            _started.RemoveAll(static t => t.IsCompleted);
            _started.Add(task);
        }
    }

    private async Task ExecuteAsync(RunningOperation operation, PreparedOperation prepared)
    {
        try
        {
            var result = await pipeline.ExecuteAsync(prepared, _scopes, _user, operation.Token);
            await SendAsync("next", operation.Id, result);
            await FinishAsync(operation);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException && operation.Token.IsCancellationRequested)
        {
            // Completed by the client, or the connection closed.
        }
        catch (Exception ex)
        {
            await FailAsync(operation, ex);
        }
    }

    private async Task PumpAsync(RunningOperation operation, ActiveSubscription subscription, AsyncServiceScope scope)
    {
        try
        {
            await using (scope)
            await using (subscription)
            {
                await foreach (var result in pipeline.ReadAsync(subscription, _scopes, _user, operation.Token))
                {
                    await SendAsync("next", operation.Id, result);
                }
            }

            await FinishAsync(operation);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException && operation.Token.IsCancellationRequested)
        {
            // Completed by the client, or the connection closed: the source was disposed on the way out.
        }
        catch (Exception ex)
        {
            await FailAsync(operation, ex);
        }
    }

    private async Task FailAsync(RunningOperation operation, Exception exception)
    {
        LogOperationFailure(logger, exception, operation.Id);
        if (!_closing.IsCancellationRequested)
        {
            await FinishWithErrorsAsync(operation, [new ExecutionError("The server failed to run the operation; it has been logged.", extensions: OperationPipeline.Code(GraphQLHttpErrorCodes.InternalServerError))]);
        }
    }

    /// <summary>An operation refused before it ran: one <c>error</c> message, which also ends it.</summary>
    private async Task FinishWithErrorsAsync(RunningOperation operation, IReadOnlyList<ExecutionError> errors)
    {
        if (Forget(operation))
        {
            await SendAsync("error", operation.Id, ExecutionResult.FromRequestErrors(errors), errorsOnly: true);
        }

        operation.Dispose();
    }

    /// <summary>The server's <c>complete</c>, unless the client completed the operation first.</summary>
    private async Task FinishAsync(RunningOperation operation)
    {
        if (Forget(operation))
        {
            await SendAsync("complete", operation.Id, null);
        }

        operation.Dispose();
    }

    private async Task CompleteFromClientAsync(string id)
    {
        RunningOperation? operation;
        lock (_operations)
        {
            if (_operations.Remove(id, out operation))
            {
                operation.Forgotten = true;
            }
        }

        if (operation is not null)
        {
            await operation.StopAsync();
        }
    }

    private bool Forget(RunningOperation operation)
    {
        lock (_operations)
        {
            if (operation.Forgotten)
            {
                return false;
            }

            operation.Forgotten = true;
            return _operations.Remove(operation.Id);
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, _closing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_initReceived)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private async Task PingAsync()
    {
        if (options.PingInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.PingInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
            {
                await SendAsync(ClientMessage.Ping, null, null);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closing.
        }
    }

    private async Task SendAsync(string type, string? id, object? payload, bool errorsOnly = false)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, _writerOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            switch (payload)
            {
                case ExecutionResult result when errorsOnly:
                    // An error message's payload is the errors array itself.
                    writer.WritePropertyName("payload");
                    WriteErrors(writer, result);
                    break;
                case ExecutionResult result:
                    writer.WritePropertyName("payload");
                    result.WriteTo(writer);
                    break;
                case JsonElement element:
                    writer.WritePropertyName("payload");
                    element.WriteTo(writer);
                    break;
            }

            writer.WriteEndObject();
        }

        await _sendLock.WaitAsync(_closing.Token);
        try
        {
            if (!_closed && socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static void WriteErrors(Utf8JsonWriter writer, ExecutionResult result)
    {
        // The response's errors entry, without the object around it.
        using var document = JsonDocument.Parse(result.ToJson());
        document.RootElement.GetProperty("errors").WriteTo(writer);
    }

    private Task CloseAsync(int code, string reason) => CloseAsync((WebSocketCloseStatus)code, reason);

    /// <summary>Sends the close frame once and stops the operations; reading goes on until the client's close frame, for a while.</summary>
    private async Task CloseAsync(WebSocketCloseStatus status, string? reason)
    {
        await _sendLock.WaitAsync(CancellationToken.None);
        try
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
        }

        await _closing.CancelAsync();
        _receiving.CancelAfter(_closeHandshakeTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _closing.Dispose();
        _receiving.Dispose();
        _sendLock.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL WebSocket connection failed.")]
    private static partial void LogConnectionFailure(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket operation {Id} failed.")]
    private static partial void LogOperationFailure(ILogger logger, Exception exception, string id);

    private sealed class RunningOperation(string id, CancellationTokenSource cancellation) : IDisposable
    {
        public string Id { get; } = id;

        public CancellationToken Token { get; } = cancellation.Token;

        public Task Run { get; set; } = Task.CompletedTask;

        /// <summary>Removed from the connection's table (by the client's complete or the server's end); guarded by that table's lock.</summary>
        public bool Forgotten { get; set; }

        public async Task StopAsync()
        {
            try
            {
                await cancellation.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            try
            {
                await Run;
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // Expected while stopping.
            }
        }

        public void Dispose() => cancellation.Dispose();
    }
}
