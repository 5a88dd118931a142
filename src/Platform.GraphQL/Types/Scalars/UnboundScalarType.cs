using System.Collections.Immutable;
using System.Globalization;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// A scalar a schema document declares with no implementation given to the builder. Like the
/// reference implementation's <c>buildSchema</c>, it passes values through unchecked: results as
/// returned, variables as sent, literals as plain CLR values (long, double, string, bool, lists
/// and dictionaries). Give the builder an implementation to check values.
/// </summary>
internal sealed class UnboundScalarType(string name, string? description, string? specifiedByUrl)
    : ScalarType(name, description, specifiedByUrl)
{
    public override object Serialize(object value) => value;

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode literal) =>
        ToClrValue(literal) ?? throw new CoercionException($"{Name} cannot represent null here.");

    private static object? ToClrValue(ValueNode literal) => literal switch
    {
        IntValueNode integer => long.TryParse(integer.Value, CultureInfo.InvariantCulture, out var whole)
            ? whole
            : double.Parse(integer.Value, CultureInfo.InvariantCulture),
        FloatValueNode real => double.Parse(real.Value, CultureInfo.InvariantCulture),
        StringValueNode text => text.Value,
        BooleanValueNode flag => flag.Value,
        EnumValueNode enumValue => enumValue.Value,
        NullValueNode => null,
        ListValueNode list => list.Values.Select(ToClrValue).ToImmutableArray(),
        ObjectValueNode obj => obj.Fields.ToImmutableDictionary(field => field.Name.Value, field => ToClrValue(field.Value), StringComparer.Ordinal),
        _ => throw new CoercionException($"Variables must be replaced before a literal is coerced: {Printer.Print(literal)}"),
    };
}

/// <summary>
/// Stands in for a type a definition refers to but no one defines, so that building can go on
/// and report every other problem too. A schema that contains one is never returned.
/// </summary>
internal sealed class MissingType(string name) : ScalarType(name)
{
    public override object Serialize(object value) => throw new InvalidOperationException($"Type {Name} is not defined.");

    public override object ParseValue(object value) => throw new InvalidOperationException($"Type {Name} is not defined.");

    public override object ParseLiteral(ValueNode literal) => throw new InvalidOperationException($"Type {Name} is not defined.");
}
