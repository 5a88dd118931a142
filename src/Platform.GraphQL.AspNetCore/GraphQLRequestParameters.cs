using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// The parameters of a GraphQL-over-HTTP request, from a POST body or a GET query string. Query is
/// null when the client named a registered document instead (<c>documentId</c>, or
/// <c>extensions.persistedQuery</c>); <see cref="TrustedDocuments"/> resolves it.
/// </summary>
/// <remarks>
/// <see cref="VariableValues"/> is set when the variables hold values JSON cannot (the files of a multipart
/// request); <see cref="Variables"/> is then the JSON as sent, with nulls where the files go.
/// </remarks>
internal sealed record GraphQLRequestParameters(string? Query, string? OperationName, JsonElement Variables, JsonElement Extensions, string? DocumentId = null)
{
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }
}

/// <summary>Either the parameters, or why the HTTP request is not a GraphQL request and with which status.</summary>
internal readonly record struct ReadOutcome(GraphQLRequestParameters? Parameters, int Status, string? Error, string? Code = null)
{
    public static ReadOutcome Fail(string error, int status = StatusCodes.Status400BadRequest, string? code = null) => new(null, status, error, code);
}

internal static class GraphQLRequestReader
{
    public static async Task<ReadOutcome> ReadPostAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            return ReadOutcome.Fail("A POST needs the header Content-Type: application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (!contentType.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return ReadOutcome.Fail(
                $"Content-Type '{request.ContentType}' is not supported: send application/json (UTF-8).", StatusCodes.Status415UnsupportedMediaType);
        }

        if (await ReadBodyAsync(request, maxBytes, cancellationToken) is not { } bytes)
        {
            return ReadOutcome.Fail(
                $"The request body is larger than the maximum request size (MaxRequestBytes) of {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge, GraphQLHttpErrorCodes.RequestTooLarge);
        }

        return Parse(bytes, "The request body");
    }

    /// <summary>The parameters in a JSON object (a POST body, or a multipart request's <c>operations</c> part, named by <paramref name="what"/>).</summary>
    public static ReadOutcome Parse(ReadOnlyMemory<byte> bytes, string what)
    {
        // JSON readers check UTF-8 only when a string is read, which would surface as a server failure later.
        if (!Utf8.IsValid(bytes.Span))
        {
            return ReadOutcome.Fail($"{what} is not valid UTF-8: send application/json encoded as UTF-8.");
        }

        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            return ReadOutcome.Fail($"{what} is not valid JSON: {ex.Message}");
        }

        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ReadOutcome.Fail($"{what} must be a JSON object with a \"query\", not a JSON {Describe(body.RootElement)}.");
            }

            var root = body.RootElement;
            if (StringOrNull(root, "query", out var query) is { } queryError)
            {
                return ReadOutcome.Fail(queryError);
            }

            if (StringOrNull(root, "documentId", out var documentId) is { } documentIdError)
            {
                return ReadOutcome.Fail(documentIdError);
            }

            string? operationName = null;
            if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
            {
                if (name.ValueKind != JsonValueKind.String)
                {
                    return ReadOutcome.Fail($"\"operationName\" must be a string or null, not a JSON {Describe(name)}.");
                }

                operationName = name.GetString();
            }

            if (MapOrNull(root, "variables", out var variables) is { } variablesError)
            {
                return ReadOutcome.Fail(variablesError);
            }

            if (MapOrNull(root, "extensions", out var extensions) is { } extensionsError)
            {
                return ReadOutcome.Fail(extensionsError);
            }

            if (query is null && documentId is null && !NamesPersistedQuery(extensions))
            {
                return ReadOutcome.Fail("The request has no \"query\": send the GraphQL document as a string in \"query\".");
            }

            return new ReadOutcome(new GraphQLRequestParameters(query, operationName, variables, extensions, documentId), StatusCodes.Status200OK, null);
        }
    }

    /// <summary>The body, or null as soon as it proves longer than <paramref name="maxBytes"/>: a huge body is never buffered whole.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static ReadOutcome ReadGet(IQueryCollection parameters)
    {
        var query = parameters["query"] is { Count: 1 } text && text[0] is { Length: > 0 } given ? given : null;
        var documentId = parameters["documentId"] is { Count: 1 } id && id[0] is { Length: > 0 } named ? named : null;
        var operationName = parameters["operationName"] is { Count: 1 } name && name[0] is { Length: > 0 } operation ? operation : null;
        if (JsonParameter(parameters, "variables", out var variables) is { } variablesError)
        {
            return ReadOutcome.Fail(variablesError);
        }

        if (JsonParameter(parameters, "extensions", out var extensions) is { } extensionsError)
        {
            return ReadOutcome.Fail(extensionsError);
        }

        if (query is null && documentId is null && !NamesPersistedQuery(extensions))
        {
            return ReadOutcome.Fail("The request has no \"query\": pass the GraphQL document as the query parameter 'query' (once).");
        }

        return new ReadOutcome(new GraphQLRequestParameters(query, operationName, variables, extensions, documentId), StatusCodes.Status200OK, null);
    }

    private static string? StringOrNull(JsonElement root, string property, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(property, out var found) || found.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (found.ValueKind != JsonValueKind.String)
        {
            return $"\"{property}\" must be a string, not a JSON {Describe(found)}.";
        }

        value = found.GetString();
        return null;
    }

    /// <summary>Whether the client named a document by hash (Apollo's automatic persisted queries) instead of sending its text.</summary>
    private static bool NamesPersistedQuery(JsonElement extensions) =>
        extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("persistedQuery", out var persisted) && persisted.ValueKind != JsonValueKind.Null;

    private static string? MapOrNull(JsonElement root, string property, out JsonElement value)
    {
        value = default;
        if (!root.TryGetProperty(property, out var found) || found.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (found.ValueKind != JsonValueKind.Object)
        {
            return $"\"{property}\" must be a JSON object (a map) or null, not a JSON {Describe(found)}.";
        }

        // Clone: the element must outlive the body's document, which is disposed after reading.
        value = found.Clone();
        return null;
    }

    private static string? JsonParameter(IQueryCollection parameters, string name, out JsonElement value)
    {
        value = default;
        if (parameters[name] is not { Count: 1 } text || string.IsNullOrEmpty(text[0]))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text[0]!);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return $"The query parameter '{name}' must be a JSON object, not a JSON {Describe(document.RootElement)}.";
            }

            value = document.RootElement.Clone();
            return null;
        }
        catch (JsonException ex)
        {
            return $"The query parameter '{name}' is not valid JSON: {ex.Message}";
        }
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "object",
    };
}
