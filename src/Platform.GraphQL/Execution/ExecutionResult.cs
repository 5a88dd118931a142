using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>
/// The response of one execution: <see cref="Data"/> (ordered as the operation selected the fields)
/// and <see cref="Errors"/>. A request error (unknown operation, bad variables) has no data entry
/// at all (<see cref="HasData"/> false); a field error that nulled the root gives <c>"data": null</c>.
/// </summary>
public sealed class ExecutionResult
{
    internal ExecutionResult(IReadOnlyDictionary<string, object?>? data, bool hasData, IReadOnlyList<ExecutionError> errors)
    {
        Data = data;
        HasData = hasData;
        Errors = errors;
    }

    /// <summary>
    /// The data: response keys to values in response order. Values are null, what the scalars'
    /// Serialize returned, nested maps like this one, or lists (<see cref="IReadOnlyList{T}"/>).
    /// Null when <see cref="HasData"/> is false or a null propagated to the root.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>Whether the response has a <c>data</c> entry: false only for request errors.</summary>
    public bool HasData { get; }

    /// <summary>The errors, in the order they were raised; empty when there are none.</summary>
    public IReadOnlyList<ExecutionError> Errors { get; }

    /// <summary>
    /// The response's <c>extensions</c> entry (e.g. the cost a server computed), written after
    /// <c>data</c>; null when there is none.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; private init; }

    /// <summary>This result with <paramref name="extensions"/> as the response's <c>extensions</c> entry.</summary>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        return new ExecutionResult(Data, HasData, Errors) { Extensions = extensions };
    }

    /// <summary>A result with request errors only, e.g. for a document that did not parse or validate.</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<ExecutionError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new ExecutionResult(null, false, errors);
    }

    /// <summary>Writes the response object (<c>{"errors":[...],"data":{...}}</c>) to <paramref name="writer"/>.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ResponseWriter.Write(writer, this);
    }

    /// <summary>The response as JSON text, with only the escaping JSON requires (not for embedding in HTML).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
