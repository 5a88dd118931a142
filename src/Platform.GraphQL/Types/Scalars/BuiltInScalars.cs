using System.Diagnostics.CodeAnalysis;
using System.Collections.Frozen;

namespace Platform.GraphQL.Types;

/// <summary>
/// The scalars the engine provides. The specification's five (<see cref="Int"/>, <see cref="Float"/>,
/// <see cref="String"/>, <see cref="Boolean"/>, <see cref="ID"/>) are in a schema whenever something
/// refers to them. The platform's (<see cref="DateTime"/>, <see cref="Date"/>, <see cref="Decimal"/>,
/// <see cref="Uuid"/>, <see cref="Url"/>) join a schema when a type refers to them or a document
/// declares them (<c>scalar DateTime</c>); several modules may refer to them without declaring them.
/// </summary>
public static class BuiltInScalars
{
    /// <summary><c>Int</c>: a signed 32-bit integer.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the GraphQL scalar.")]
    public static ScalarType Int { get; } = new IntType();

    /// <summary><c>Float</c>: a finite double.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the GraphQL scalar.")]
    public static ScalarType Float { get; } = new FloatType();

    /// <summary><c>String</c>: text.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the GraphQL scalar.")]
    public static ScalarType String { get; } = new StringType();

    /// <summary><c>Boolean</c>: true or false.</summary>
    public static ScalarType Boolean { get; } = new BooleanType();

    /// <summary><c>ID</c>: an opaque identifier written as a string.</summary>
    public static ScalarType ID { get; } = new IdType();

    /// <summary><c>DateTime</c>: an instant with its UTC offset (RFC 3339); runtime values are <see cref="DateTimeOffset"/>s.</summary>
    public static ScalarType DateTime { get; } = new DateTimeType();

    /// <summary><c>Date</c>: a calendar date (<c>yyyy-MM-dd</c>); runtime values are <see cref="DateOnly"/>s.</summary>
    public static ScalarType Date { get; } = new DateType();

    /// <summary><c>Decimal</c>: an exact decimal number written as a string; runtime values are <see cref="decimal"/>s.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the GraphQL scalar.")]
    public static ScalarType Decimal { get; } = new DecimalType();

    /// <summary><c>UUID</c>: a 128-bit identifier; runtime values are <see cref="Guid"/>s.</summary>
    public static ScalarType Uuid { get; } = new UuidType();

    /// <summary><c>URL</c>: an absolute URI; runtime values are <see cref="Uri"/>s.</summary>
    public static ScalarType Url { get; } = new UrlType();

    /// <summary><c>Upload</c>: a file of a multipart request, input only; runtime values are <see cref="FileUpload"/>s.</summary>
    public static ScalarType Upload { get; } = new UploadType();

    private static readonly FrozenDictionary<string, ScalarType> _specified =
        new[] { Int, Float, String, Boolean, ID }.ToFrozenDictionary(scalar => scalar.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ScalarType> _platform =
        new[] { DateTime, Date, Decimal, Uuid, Url, Upload }.ToFrozenDictionary(scalar => scalar.Name, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="type"/> is one of the specification's five scalars.</summary>
    public static bool IsSpecified(NamedType type) => type is IntType or FloatType or StringType or BooleanType or IdType;

    /// <summary>Whether <paramref name="name"/> names one of the specification's five scalars.</summary>
    public static bool IsSpecifiedName(string name) => _specified.ContainsKey(name);

    internal static ScalarType? FindSpecified(string name) => _specified.GetValueOrDefault(name);

    internal static ScalarType? FindPlatform(string name) => _platform.GetValueOrDefault(name);
}
