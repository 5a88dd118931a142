using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// A file a client sent with the operation, as the GraphQL multipart request convention carries it
/// (a <c>multipart/form-data</c> POST with <c>operations</c>, <c>map</c> and one part per file). The
/// transport makes these and places them in the variables; resolvers read them through a field
/// argument of CLR type <see cref="FileUpload"/>, whose GraphQL type is the <c>Upload</c> scalar.
/// </summary>
public abstract class FileUpload
{
    /// <summary>The file name the client gave (only the name, never a path to trust).</summary>
    public abstract string FileName { get; }

    /// <summary>The media type the client declared for the part; null when it declared none.</summary>
    public abstract string? ContentType { get; }

    /// <summary>The size in bytes.</summary>
    public abstract long Length { get; }

    /// <summary>Opens the file's bytes for reading from the start; each call gives a new stream.</summary>
    public abstract Stream OpenReadStream();
}

/// <summary>
/// <c>Upload</c>: an input-only scalar whose values are files of a multipart request
/// (<see cref="FileUpload"/>). It has no JSON or literal form: a client sends <c>null</c> in the
/// variables at the file's place and the file as a part, and the transport puts it there.
/// </summary>
internal sealed class UploadType() : ScalarType(
    "Upload",
    "A file sent as a part of a multipart/form-data request (the GraphQL multipart request convention); input only.",
    "https://github.com/jaydenseric/graphql-multipart-request-spec")
{
    private const string How = "send the file as a part of a multipart/form-data request and map it to this variable (the GraphQL multipart request convention)";

    /// <inheritdoc/>
    public override object Serialize(object value) =>
        throw new CoercionException($"Upload is an input-only scalar and cannot represent an output value: {ValueText.Inspect(value)}.");

    /// <inheritdoc/>
    public override object ParseValue(object value) => value is FileUpload file
        ? file
        : throw new CoercionException($"Upload cannot represent {ValueText.Inspect(value)}: {How}.");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        throw new CoercionException($"Upload cannot be written in the document ({Printer.Print(literal)}): pass it as a variable and {How}.");
    }
}
