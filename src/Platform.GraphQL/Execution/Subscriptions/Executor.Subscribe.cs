using System.Text.Json;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Execution;

/// <summary>Subscription operations (specification section "Subscription"): Subscribe, CreateSourceEventStream.</summary>
public sealed partial class Executor
{
    /// <summary>
    /// Starts a subscription: selects the operation, coerces its variables, coerces the arguments of
    /// its one root field and calls that field's <see cref="Types.FieldDefinition.Subscriber"/> for the
    /// source event stream. Returns the stream, whose events each run the selection set afresh with
    /// the event as root value (<see cref="ActiveSubscription.ReadAsync"/>); or, when any of this
    /// fails, the errors (a request error, or the subscriber's error with path and locations).
    /// The document must already be valid (one root field: rule <c>SingleFieldSubscriptions</c>).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<SubscriptionResult> SubscribeAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Variables is not null && request.VariablesJson.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw new ArgumentException("Give the variables either as a dictionary or as JSON, not both.", nameof(request));
        }

        var plan = OperationPlans.Find(request.Schema, request.Document, request.OperationName, out var operationError);
        if (plan is null)
        {
            return Fail(operationError!);
        }

        if (plan.Operation.Operation != OperationType.Subscription)
        {
            return Fail(new ExecutionError(
                $"SubscribeAsync starts subscription operations; this is a {plan.Operation.Operation.ToString().ToLowerInvariant()}: run it with ExecuteAsync.",
                ExecutionError.LocationsOf(plan.Operation)));
        }

        var variables = VariableCoercion.Coerce(plan, request, out var variableErrors);
        if (variableErrors is not null)
        {
            return SubscriptionResult.FromFailure(ExecutionResult.FromRequestErrors(variableErrors));
        }

        var rootPlan = plan.GetVariant(variables).Root;
        if (rootPlan.Fields.Length != 1)
        {
            return Fail(new ExecutionError("A subscription must select exactly one root field.", ExecutionError.LocationsOf(plan.Operation)));
        }

        var field = rootPlan.Fields[0];
        object[] path = [field.ResponseKey];
        if (field.Definition.Subscriber is not { } subscriber)
        {
            return Fail(new ExecutionError($"Subscription field {field.Definition.Coordinate} has no event source (no subscriber is bound to it).", field.Locations, path));
        }

        var arguments = field.Arguments.GetValues(variables, out var argumentError);
        if (arguments is null)
        {
            return Fail(new ExecutionError(argumentError!.Message, ExecutionError.LocationsOf(argumentError.Node), path));
        }

        var services = request.Services ?? NoServices.Instance;
        var run = new ExecutionRun(this, request.Schema, variables, services, cancellationToken);
        IAsyncEnumerable<object?> source;
        try
        {
            source = await subscriber(new ResolverContext(run, field, request.RootValue, arguments));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var (message, extensions) = run.Describe(exception);
            return Fail(new ExecutionError(message, field.Locations, path, extensions, exception));
        }

        if (source is null)
        {
            return Fail(new ExecutionError($"The subscriber of {field.Definition.Coordinate} returned no event stream.", field.Locations, path));
        }

        return SubscriptionResult.FromStream(new ActiveSubscription(this, request, rootPlan, variables, source));
    }

    /// <summary>One execution of the subscription's selection set with <paramref name="sourceEvent"/> as the root value (MapSourceToResponseEvent).</summary>
    internal async ValueTask<ExecutionResult> ExecuteEventAsync(
        ExecutionRequest request, SelectionPlan rootPlan, IReadOnlyDictionary<string, object?> variables, object? sourceEvent, IServiceProvider? services, CancellationToken cancellationToken)
    {
        try
        {
            var run = new ExecutionRun(this, request.Schema, variables, services ?? request.Services ?? NoServices.Instance, cancellationToken);
            var data = await run.RunAsync(rootPlan, sourceEvent, serial: false);
            return new ExecutionResult(data, hasData: true, run.Errors ?? _noErrors);
        }
        catch (InsufficientExecutionStackException)
        {
            return ExecutionResult.FromRequestErrors([new ExecutionError("The document is nested too deeply to be executed.")]);
        }
    }

    private static SubscriptionResult Fail(ExecutionError error) => SubscriptionResult.FromFailure(ExecutionResult.FromRequestErrors([error]));
}
