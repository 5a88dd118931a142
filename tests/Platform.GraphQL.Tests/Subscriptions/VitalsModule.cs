using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Threading.Channels;
using Platform.GraphQL.CodeFirst;

namespace Platform.GraphQL.Tests.Subscriptions;

// A small "module" with a subscription root: ward monitors publish vital signs into a feed, and
// clients subscribe to one patient's readings. The feed records when its readers go away, so
// the tests can see that unsubscribing reaches the source.

internal sealed record VitalSign(string PatientId, int Pulse, string Ward)
{
    /// <summary>Whether the pulse is outside 50..120.</summary>
    public bool Alarming => Pulse is < 50 or > 120;

    /// <summary>Fails for a reading of 0 (a disconnected sensor), to test field errors per event.</summary>
    public string Sensor => Pulse == 0 ? throw new InvalidOperationException("sensor disconnected") : "ok";
}

internal sealed class VitalsFeed
{
    private readonly Channel<VitalSign> _readings = Channel.CreateUnbounded<VitalSign>();

    public int ReadersStarted { get; private set; }

    public int ReadersEnded { get; private set; }

    public void Publish(VitalSign sign) => _readings.Writer.TryWrite(sign);

    public void Close(Exception? failure = null) => _readings.Writer.TryComplete(failure);

    public async IAsyncEnumerable<VitalSign> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ReadersStarted++;
        try
        {
            await foreach (var sign in _readings.Reader.ReadAllAsync(cancellationToken))
            {
                yield return sign;
            }
        }
        finally
        {
            ReadersEnded++;
        }
    }
}

internal sealed class VitalsQueries
{
    public static string Ping() => "pong";
}

[SubscriptionType]
internal sealed class VitalsSubscriptions
{
    /// <summary>Readings of one patient, optionally only alarming ones.</summary>
    public static async IAsyncEnumerable<VitalSign> VitalSigns(
        string patientId, [Service] VitalsFeed feed, ClaimsPrincipal user, [EnumeratorCancellation] CancellationToken cancellationToken, bool alarmingOnly = false)
    {
        if (!user.IsInRole("nurse"))
        {
            throw new UnauthorizedAccessException("Only nurses may watch vital signs.");
        }

        await foreach (var sign in feed.ReadAsync(cancellationToken))
        {
            if (sign.PatientId == patientId && (!alarmingOnly || sign.Alarming))
            {
                yield return sign;
            }
        }
    }

    /// <summary>The pulse of every reading, as a Task of a stream of a value type.</summary>
    public static Task<IAsyncEnumerable<int>> Pulses([Service] VitalsFeed feed, CancellationToken cancellationToken) =>
        Task.FromResult(Select(feed.ReadAsync(cancellationToken)));

    private static async IAsyncEnumerable<int> Select(IAsyncEnumerable<VitalSign> signs)
    {
        await foreach (var sign in signs)
        {
            yield return sign.Pulse;
        }
    }
}
