using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Plugins.Tests.Infrastructure;

/// <summary>Every log line the host and its plugins write, to check what is (and is never) logged.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Collecting(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Collecting(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>The partner outcomes the host received.</summary>
public sealed class EventCollector : IPartnerEventObserver
{
    private readonly ConcurrentQueue<PartnerEventEnvelope> _received = new();

    public IReadOnlyList<PartnerEventEnvelope> Received => [.. _received];

    public Task OnPartnerEventAsync(PartnerEventEnvelope envelope, CancellationToken cancellationToken)
    {
        _received.Enqueue(envelope);
        return Task.CompletedTask;
    }

    public async Task<PartnerEventEnvelope> WaitForAsync(Func<PartnerEventEnvelope, bool> match, TimeSpan? within = null)
    {
        await Eventually.HoldsAsync(() => _received.Any(match), within ?? TimeSpan.FromSeconds(10), "the expected partner event");
        return _received.First(match);
    }
}

public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {within} for {what}.");
            }

            await Task.Delay(25);
        }
    }
}
