using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Platform.GraphQL.AspNetCore.Multipart;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Protection;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// One GraphQL-over-HTTP request: read the parameters, parse (cached), validate (cached per
/// document), execute in the request's scope, answer with the status the media type calls for.
/// Under application/graphql-response+json a request that fails before execution is 400 with no
/// <c>data</c>; under application/json such GraphQL failures are 200, as legacy clients expect.
/// </summary>
internal sealed partial class GraphQLHttpHandler(
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
    // Only the escaping JSON requires: responses are JSON documents, never embedded in HTML.
    private static readonly JsonWriterOptions _writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleRequestAsync(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            LogServerFailure(logger, ex);
            context.Response.Clear();
            await WriteAsync(context, ResponseMediaType.Negotiate(context.Request.Headers.Accept) ?? ResponseMediaType.LegacyJson, StatusCodes.Status500InternalServerError,
                ExecutionResult.FromRequestErrors([new ExecutionError("The server failed to handle the request; it has been logged.", extensions: Code(GraphQLHttpErrorCodes.InternalServerError))]));
        }
    }

    private async Task HandleRequestAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var mediaType = ResponseMediaType.Negotiate(request.Headers.Accept);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteRequestErrorAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed, $"{request.Method} is not supported: send GraphQL requests with POST (or GET for queries).");
            return;
        }

        if (mediaType is null)
        {
            await WriteRequestErrorAsync(context, ResponseMediaType.LegacyJson, StatusCodes.Status406NotAcceptable,
                $"Accept '{request.Headers.Accept}' allows neither {ResponseMediaType.GraphQLResponseJson} nor {ResponseMediaType.Json}.");
            return;
        }

        if (rateLimiter is not null && !rateLimiter.TryAcquire(context.User, context.Connection.RemoteIpAddress, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            await WriteRequestErrorAsync(context, mediaType, StatusCodes.Status429TooManyRequests, rateLimiter.RefusalMessage, GraphQLHttpErrorCodes.RateLimited);
            return;
        }

        var read = isGet ? GraphQLRequestReader.ReadGet(request.Query)
            : MultipartRequestReader.IsMultipart(request) ? await MultipartRequestReader.ReadAsync(request, options, context.RequestAborted)
            : await GraphQLRequestReader.ReadPostAsync(request, options.MaxRequestBytes, context.RequestAborted);
        if (read.Parameters is not { } parameters)
        {
            await WriteRequestErrorAsync(context, mediaType, read.Status, read.Error!, read.Code);
            return;
        }

        var resolution = trustedDocuments.Resolve(parameters);
        if (resolution.Query is not { } query)
        {
            await (resolution.IsBadRequest
                ? WriteRequestErrorAsync(context, mediaType, StatusCodes.Status400BadRequest, resolution.Error!)
                : WriteAsync(context, mediaType, GraphQLFailureStatus(mediaType), ExecutionResult.FromRequestErrors([new ExecutionError(resolution.Error!, extensions: Code(resolution.Code!))])));
            return;
        }

        CachedDocument document;
        try
        {
            document = documents.GetOrParse(query);
        }
        catch (GraphQLSyntaxException ex)
        {
            var error = new ExecutionError(ex.Message, [new Execution.ErrorLocation(ex.Line, ex.Column)], extensions: Code(ParseFailureCode(ex)));
            await WriteAsync(context, mediaType, GraphQLFailureStatus(mediaType), ExecutionResult.FromRequestErrors([error]));
            return;
        }

        if (isGet && SelectOperation(document.Document, parameters.OperationName) is { Operation: not OperationType.Query } operation)
        {
            context.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed,
                $"GET serves queries only; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.");
            return;
        }

        var validationErrors = Validate(document);
        if (validationErrors.Count > 0)
        {
            await WriteAsync(context, mediaType, GraphQLFailureStatus(mediaType), ExecutionResult.FromRequestErrors(validationErrors));
            return;
        }

        var analysis = analyzer.Analyze(document.Document, parameters.OperationName, parameters.Variables);
        if (!analysis.IsAllowed)
        {
            await WriteAsync(context, mediaType, GraphQLFailureStatus(mediaType), ExecutionResult.FromRequestErrors(analysis.Errors));
            return;
        }

        if (await ExecuteAsync(context, document, parameters) is not { } result)
        {
            var timeout = new ExecutionError(
                $"The operation did not finish within the execution timeout (ExecutionTimeout) of {options.ExecutionTimeout.TotalSeconds:0.###} s and was cancelled; ask for less.",
                extensions: Code(GraphQLHttpErrorCodes.Timeout));
            await WriteAsync(context, mediaType, mediaType.IsGraphQLResponse ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status200OK, ExecutionResult.FromRequestErrors([timeout]));
            return;
        }

        LogUnexpected(result);
        if (result.HasData)
        {
            result = result.WithExtensions(new Dictionary<string, object?>
            {
                ["cost"] = new Dictionary<string, object?> { ["requested"] = analysis.Cost, ["limit"] = analyzer.Limits.MaxCost },
            });
        }

        await WriteAsync(context, mediaType, result.HasData ? StatusCodes.Status200OK : GraphQLFailureStatus(mediaType), result);
    }

    /// <summary>
    /// Executes with the timeout; null when it ran out. The run is cancelled then, and not awaited
    /// further: a resolver that ignores its token must not hold the response.
    /// </summary>
    private async Task<ExecutionResult?> ExecuteAsync(HttpContext context, CachedDocument document, GraphQLRequestParameters parameters)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.ExecutionTimeout);
        try
        {
            return await executor.ExecuteAsync(
                new ExecutionRequest
                {
                    Schema = schema,
                    Document = document.Document,
                    OperationName = parameters.OperationName,
                    VariablesJson = parameters.VariableValues is null ? parameters.Variables : default,
                    Variables = parameters.VariableValues,
                    Services = new RequestServices(context.RequestServices, context.User),
                },
                timeout.Token).AsTask().WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return null;
        }
    }

    private IReadOnlyList<ExecutionError> Validate(CachedDocument document)
    {
        if (document.TryGetValidation(schema, out var known))
        {
            return known;
        }

        var errors = validator.Validate(document.Document)
            .Select(e => new ExecutionError(
                e.Message,
                [.. e.Locations.Select(l => new Execution.ErrorLocation(l.Line, l.Column))],
                extensions: Code(GraphQLHttpErrorCodes.ValidationFailed)))
            .ToList();
        document.SetValidation(schema, errors);
        return errors;
    }

    /// <summary>The operation that would run, or null when none matches (the executor then says why).</summary>
    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(o => o.Name?.Value == operationName);
    }

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

    internal static string ParseFailureCode(GraphQLSyntaxException exception) => exception.ExceededLimit switch
    {
        nameof(ParserOptions.MaxTokens) => GraphQLHttpErrorCodes.MaxTokensExceeded,
        nameof(ParserOptions.MaxDocumentLength) => GraphQLHttpErrorCodes.DocumentTooLong,
        nameof(ParserOptions.MaxDepth) => ProtectionErrorCodes.MaxDepthExceeded,
        _ => GraphQLHttpErrorCodes.ParseFailed,
    };

    private static int GraphQLFailureStatus(ResponseMediaType mediaType) =>
        mediaType.IsGraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    private static Task WriteRequestErrorAsync(HttpContext context, ResponseMediaType? mediaType, int status, string message, string? code = null) =>
        WriteAsync(context, mediaType ?? ResponseMediaType.LegacyJson, status,
            ExecutionResult.FromRequestErrors([new ExecutionError(message, extensions: Code(code ?? GraphQLHttpErrorCodes.BadRequest))]));

    private static async Task WriteAsync(HttpContext context, ResponseMediaType mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType.ContentType;
        context.Response.Headers.Vary = HeaderNames.Accept;
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter, _writerOptions);
        result.WriteTo(writer);
        await writer.FlushAsync(context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The GraphQL endpoint failed outside execution.")]
    private static partial void LogServerFailure(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL resolver failed at {Path}.")]
    private static partial void LogResolverFailure(ILogger logger, Exception exception, string path);
}
