using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary><c>Boolean</c>: <c>true</c> or <c>false</c>. Only booleans are accepted as input.</summary>
internal sealed class BooleanType() : ScalarType("Boolean", "`true` or `false`.")
{
    /// <summary>Booleans as they are; finite numbers as whether they are non-zero.</summary>
    public override object Serialize(object value) => value switch
    {
        bool flag => flag,
        _ when JsonInput.TryGetDouble(value, out var number) && double.IsFinite(number) => number != 0,
        _ => throw new CoercionException($"Boolean cannot represent a non boolean value: {ValueText.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) =>
        JsonInput.Unwrap(value) is bool flag
            ? flag
            : throw new CoercionException($"Boolean cannot represent a non boolean value: {ValueText.Inspect(value)}");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is BooleanValueNode flag
            ? flag.Value
            : throw new CoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
    }
}
