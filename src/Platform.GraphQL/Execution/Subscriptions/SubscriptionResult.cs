using System.Diagnostics.CodeAnalysis;

namespace Platform.GraphQL.Execution;

/// <summary>
/// What <see cref="Executor.SubscribeAsync"/> gives: the response stream, or the errors that kept
/// the subscription from starting (a transport sends those once, e.g. as a graphql-transport-ws
/// <c>error</c> message, and sends no stream).
/// </summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(ActiveSubscription? stream, ExecutionResult? failure)
    {
        Stream = stream;
        Failure = failure;
    }

    /// <summary>The response stream; null when the subscription failed to start.</summary>
    public ActiveSubscription? Stream { get; }

    /// <summary>Why the subscription did not start (errors only, no data); null when it started.</summary>
    public ExecutionResult? Failure { get; }

    /// <summary>Whether the subscription started.</summary>
    [MemberNotNullWhen(true, nameof(Stream))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsStarted => Stream is not null;

    internal static SubscriptionResult FromStream(ActiveSubscription stream) => new(stream, null);

    internal static SubscriptionResult FromFailure(ExecutionResult failure) => new(null, failure);
}
