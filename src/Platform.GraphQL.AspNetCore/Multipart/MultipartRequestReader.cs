using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.AspNetCore.Multipart;

/// <summary>
/// Reads a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec):
/// a <c>multipart/form-data</c> POST whose <c>operations</c> part is the JSON request with nulls where
/// files go, whose <c>map</c> part names, for each file part, the paths it fills
/// (<c>{"0": ["variables.input.file"]}</c>), followed by the file parts. Batched operations (a JSON
/// array) are not served. Files larger than a small buffer are spooled to disk by ASP.NET Core and
/// removed when the request ends.
/// </summary>
internal static class MultipartRequestReader
{
    /// <summary>
    /// Headers that prove a request is not a simple cross-site form post: a browser cannot add them
    /// to a form submission without a CORS preflight, which this server does not grant to other origins.
    /// </summary>
    public static readonly string[] PreflightHeaders = ["GraphQL-Preflight", "Apollo-Require-Preflight"];

    public static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    public static async Task<ReadOutcome> ReadAsync(HttpRequest request, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        if (!Array.Exists(PreflightHeaders, h => request.Headers[h] is { Count: > 0 } value && !string.IsNullOrWhiteSpace(value.ToString())))
        {
            // Cross-site request forgery: a page elsewhere can make a browser post multipart/form-data
            // with the user's cookies and no preflight. A custom header cannot be sent that way.
            return ReadOutcome.Fail(
                "A multipart/form-data request must carry the header GraphQL-Preflight: 1 (or Apollo-Require-Preflight), which a cross-site form cannot send; add it to upload files.");
        }

        if (request.ContentLength > options.MaxUploadBytes)
        {
            return TooLarge(options);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = options.MaxUploadBytes;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(
                new FormOptions
                {
                    MultipartBodyLengthLimit = options.MaxUploadBytes,
                    ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxRequestBytes),
                    ValueCountLimit = 2 + options.MaxUploadFiles,
                    BufferBodyLengthLimit = options.MaxUploadBytes,
                },
                cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            return ex.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(options)
                : ReadOutcome.Fail($"The multipart/form-data body cannot be read: {ex.Message}");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }

        if (form.Files.Count > options.MaxUploadFiles)
        {
            return ReadOutcome.Fail($"The request has {form.Files.Count} files; at most {options.MaxUploadFiles} (MaxUploadFiles) may be sent at once.");
        }

        if (form["operations"] is not { Count: 1 } operations)
        {
            return ReadOutcome.Fail("A multipart request needs one part named \"operations\" holding the JSON GraphQL request.");
        }

        var read = GraphQLRequestReader.Parse(Encoding.UTF8.GetBytes(operations.ToString()), "The \"operations\" part");
        if (read.Parameters is not { } parameters)
        {
            return read;
        }

        if (form["map"] is not { Count: 1 } mapPart)
        {
            return ReadOutcome.Fail("A multipart request needs one part named \"map\": a JSON object from each file part's name to the variables it fills, such as {\"0\": [\"variables.input.file\"]}.");
        }

        return ApplyMap(parameters, mapPart.ToString(), form.Files);
    }

    private static ReadOutcome ApplyMap(GraphQLRequestParameters parameters, string mapJson, IFormFileCollection files)
    {
        Dictionary<string, string[]>? map;
        try
        {
            map = JsonSerializer.Deserialize<Dictionary<string, string[]>>(mapJson);
        }
        catch (JsonException ex)
        {
            return ReadOutcome.Fail($"The \"map\" part must be a JSON object whose values are arrays of paths, such as {{\"0\": [\"variables.input.file\"]}}: {ex.Message}");
        }

        var variables = parameters.Variables.ValueKind == JsonValueKind.Object
            ? (Dictionary<string, object?>)ToClr(parameters.Variables)!
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, paths) in map ?? [])
        {
            if (files.GetFile(key) is not { } file)
            {
                return ReadOutcome.Fail($"The \"map\" names the file part \"{key}\", but the request has no file part of that name.");
            }

            foreach (var path in paths ?? [])
            {
                if (Place(variables, path, new FormFileUpload(file)) is { } error)
                {
                    return ReadOutcome.Fail($"The \"map\" path \"{path}\" of file part \"{key}\" {error}.");
                }
            }
        }

        return new ReadOutcome(parameters with { VariableValues = variables }, StatusCodes.Status200OK, null);
    }

    /// <summary>Puts the file where the path points (<c>variables.input.file</c>, <c>variables.files.1</c>); the spot must hold null.</summary>
    private static string? Place(Dictionary<string, object?> variables, string path, FileUpload file)
    {
        var segments = path.Split('.');
        if (segments.Length < 2 || segments[0] != "variables")
        {
            return "must start with \"variables.\" and name a variable (batched operations are not served)";
        }

        object? container = variables;
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (container)
            {
                case Dictionary<string, object?> map when map.TryGetValue(segments[i], out var value):
                    if (last)
                    {
                        if (value is not null)
                        {
                            return "must point at a null in the operations' variables";
                        }

                        map[segments[i]] = file;
                        return null;
                    }

                    container = value;
                    break;
                case List<object?> list when int.TryParse(segments[i], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Count:
                    if (last)
                    {
                        if (list[index] is not null)
                        {
                            return "must point at a null in the operations' variables";
                        }

                        list[index] = file;
                        return null;
                    }

                    container = list[index];
                    break;
                default:
                    return $"does not exist in the operations' variables (at \"{segments[i]}\")";
            }
        }

        return "does not exist in the operations' variables";
    }

    /// <summary>Objects and arrays become mutable CLR collections (so files can be put in); leaves stay JSON elements.</summary>
    private static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.Null => null,
        _ => element.Clone(),
    };

    private static ReadOutcome TooLarge(GraphQLHttpOptions options) => ReadOutcome.Fail(
        $"The multipart request is larger than the maximum upload size (MaxUploadBytes) of {options.MaxUploadBytes} bytes.",
        StatusCodes.Status413PayloadTooLarge,
        GraphQLHttpErrorCodes.RequestTooLarge);

    private sealed class FormFileUpload(IFormFile file) : FileUpload
    {
        public override string FileName => Path.GetFileName(file.FileName);

        public override string? ContentType => string.IsNullOrWhiteSpace(file.ContentType) ? null : file.ContentType;

        public override long Length => file.Length;

        public override Stream OpenReadStream() => file.OpenReadStream();
    }
}
