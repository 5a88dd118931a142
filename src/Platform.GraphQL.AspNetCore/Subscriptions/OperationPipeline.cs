using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Protection;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.AspNetCore.Subscriptions;

/// <summary>An operation that parsed, validated and passed the limits, ready to execute or subscribe to.</summary>
internal sealed record PreparedOperation(DocumentNode Document, string? OperationName, JsonElement Variables, OperationType Type);

/// <summary>
/// The steps every transport of streams (WebSocket, Server-Sent Events) shares with GraphQL over
/// HTTP: the same document cache, validation, limits (depth, aliases, cost, introspection) and
/// executor as <c>MapGraphQL</c>'s HTTP handler, so an operation is held to the same rules whichever
/// way it arrives. Queries and mutations run with the execution timeout in a service scope of their
/// own; subscription events each get a fresh scope too (a scoped DbContext never lives for a whole
/// subscription).
/// </summary>
internal sealed partial class OperationPipeline(
    Schema schema,
    Executor executor,
    DocumentCache documents,
    DocumentValidator validator,
    OperationAnalyzer analyzer,
    GraphQLHttpOptions options,
    ClientRateLimiter? rateLimiter,
    TrustedDocuments trustedDocuments,
    ILogger logger)
{
    public GraphQLHttpOptions Options => options;

    /// <summary>The per-client limit HTTP requests count against (null when off); every operation on a stream transport counts too.</summary>
    public ClientRateLimiter? RateLimiter => rateLimiter;

    /// <summary>Parses (cached), validates (cached per document) and measures the operation; the errors when any step refuses it.</summary>
    public PreparedOperation? Prepare(GraphQLRequestParameters parameters, out IReadOnlyList<ExecutionError> errors)
    {
        // The document may come by id (trusted documents, persisted queries), as over HTTP.
        var resolution = trustedDocuments.Resolve(parameters);
        if (resolution.Query is not { } query)
        {
            errors = [new ExecutionError(resolution.Error!, extensions: Code(resolution.Code ?? GraphQLHttpErrorCodes.BadRequest))];
            return null;
        }

        var operationName = parameters.OperationName;
        var variables = parameters.Variables;
        CachedDocument document;
        try
        {
            document = documents.GetOrParse(query);
        }
        catch (GraphQLSyntaxException ex)
        {
            errors = [new ExecutionError(ex.Message, [new Execution.ErrorLocation(ex.Line, ex.Column)], extensions: Code(GraphQLHttpHandler.ParseFailureCode(ex)))];
            return null;
        }

        if (!document.TryGetValidation(schema, out var validation))
        {
            validation = validator.Validate(document.Document)
                .Select(e => new ExecutionError(
                    e.Message,
                    [.. e.Locations.Select(l => new Execution.ErrorLocation(l.Line, l.Column))],
                    extensions: Code(GraphQLHttpErrorCodes.ValidationFailed)))
                .ToList();
            document.SetValidation(schema, validation);
        }

        if (validation.Count > 0)
        {
            errors = validation;
            return null;
        }

        var analysis = analyzer.Analyze(document.Document, operationName, variables);
        if (!analysis.IsAllowed)
        {
            errors = analysis.Errors;
            return null;
        }

        var operations = document.Document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null ? operations.Count == 1 ? operations[0] : null : operations.Find(o => o.Name?.Value == operationName);
        errors = [];

        // No match: the executor reports it, as it does over HTTP.
        return new PreparedOperation(document.Document, operationName, variables, operation?.Operation ?? OperationType.Query);
    }

    /// <summary>Runs a query or mutation in a scope of its own with the execution timeout; a timeout becomes a <c>TIMEOUT</c> error.</summary>
    public async Task<ExecutionResult> ExecuteAsync(PreparedOperation operation, IServiceScopeFactory scopes, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ExecutionTimeout);
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var result = await executor.ExecuteAsync(Request(operation, new RequestServices(scope.ServiceProvider, user)), timeout.Token).AsTask().WaitAsync(timeout.Token);
            LogUnexpected(result);
            return result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return TimedOut();
        }
    }

    /// <summary>
    /// Starts a subscription whose subscriber runs in <paramref name="subscriptionScope"/> (alive as
    /// long as the subscription) with <paramref name="user"/>.
    /// </summary>
    public ValueTask<SubscriptionResult> SubscribeAsync(PreparedOperation operation, IServiceProvider subscriptionScope, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        executor.SubscribeAsync(Request(operation, new RequestServices(subscriptionScope, user)), cancellationToken);

    /// <summary>
    /// The responses of a started subscription, each event executed in a fresh scope with the
    /// execution timeout. A source that fails gives one last result with the error.
    /// </summary>
    public async IAsyncEnumerable<ExecutionResult> ReadAsync(
        ActiveSubscription subscription, IServiceScopeFactory scopes, ClaimsPrincipal user, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (sourceEvent, failure) in subscription.ReadSourceAsync(cancellationToken))
        {
            if (failure is not null)
            {
                LogUnexpected(failure);
                yield return failure;
                yield break;
            }

            yield return await ExecuteEventAsync(subscription, sourceEvent, scopes, user, cancellationToken);
        }
    }

    private async Task<ExecutionResult> ExecuteEventAsync(
        ActiveSubscription subscription, object? sourceEvent, IServiceScopeFactory scopes, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ExecutionTimeout);
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var result = await subscription.ExecuteEventAsync(sourceEvent, new RequestServices(scope.ServiceProvider, user), timeout.Token).AsTask().WaitAsync(timeout.Token);
            LogUnexpected(result);
            return result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return TimedOut();
        }
    }

    private ExecutionResult TimedOut() => ExecutionResult.FromRequestErrors([new ExecutionError(
        $"The operation did not finish within the execution timeout (ExecutionTimeout) of {options.ExecutionTimeout.TotalSeconds:0.###} s and was cancelled; ask for less.",
        extensions: Code(GraphQLHttpErrorCodes.Timeout))]);

    private ExecutionRequest Request(PreparedOperation operation, IServiceProvider services) => new()
    {
        Schema = schema,
        Document = operation.Document,
        OperationName = operation.OperationName,
        VariablesJson = operation.Variables,
        Services = services,
    };

    private void LogUnexpected(ExecutionResult result)
    {
        foreach (var error in result.Errors)
        {
            if (error.Exception is { } exception and not GraphQLException)
            {
                LogResolverFailure(logger, exception, string.Join('.', error.Path ?? []));
            }
        }
    }

    internal static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL resolver or event source failed at {Path}.")]
    private static partial void LogResolverFailure(ILogger logger, Exception exception, string path);
}
