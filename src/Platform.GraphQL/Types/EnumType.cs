using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// An enum type. Each value has a name (what clients read and write) and a runtime value (what
/// resolvers return and receive: by default the name itself; a schema builder can bind CLR enum
/// members with <see cref="SchemaBuilder.BindEnumValue"/>).
/// </summary>
public sealed class EnumType : LeafType
{
    private FrozenDictionary<string, EnumValueDefinition> _byName = FrozenDictionary<string, EnumValueDefinition>.Empty;
    private FrozenDictionary<object, EnumValueDefinition> _byRuntimeValue = FrozenDictionary<object, EnumValueDefinition>.Empty;

    internal EnumType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public ImmutableArray<EnumValueDefinition> Values { get; private set; } = [];

    /// <summary>Finds a value by its GraphQL name.</summary>
    public bool TryGetValue(string name, [NotNullWhen(true)] out EnumValueDefinition? value) => _byName.TryGetValue(name, out value);

    /// <summary>The name of the value whose runtime value is <paramref name="value"/>.</summary>
    /// <exception cref="CoercionException">No value of this enum has that runtime value.</exception>
    public override object Serialize(object value) =>
        _byRuntimeValue.TryGetValue(value, out var definition)
            ? definition.Name
            : throw new CoercionException($"Enum \"{Name}\" cannot represent value: {ValueText.Inspect(value)}");

    /// <summary>The runtime value of the value named by the string <paramref name="value"/>.</summary>
    public override object ParseValue(object value)
    {
        var unwrapped = JsonInput.Unwrap(value);
        if (unwrapped is not string name)
        {
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-string value: {ValueText.Inspect(value)}.");
        }

        return _byName.TryGetValue(name, out var definition)
            ? definition.Value
            : throw new CoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
    }

    /// <summary>The runtime value of the value an enum literal names; strings are refused.</summary>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not EnumValueNode enumValue)
        {
            var hint = literal is StringValueNode text && _byName.ContainsKey(text.Value)
                ? $" Did you mean the enum value \"{text.Value}\"?"
                : string.Empty;
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.{hint}");
        }

        return _byName.TryGetValue(enumValue.Value, out var definition)
            ? definition.Value
            : throw new CoercionException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum.");
    }

    internal void Complete(ImmutableArray<EnumValueDefinition> values)
    {
        Values = values;
        var byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
        var byRuntimeValue = new Dictionary<object, EnumValueDefinition>();
        foreach (var value in values)
        {
            value.DeclaringType = this;
            byName.TryAdd(value.Name, value);
            byRuntimeValue.TryAdd(value.Value, value);
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _byRuntimeValue = byRuntimeValue.ToFrozenDictionary();
    }
}
