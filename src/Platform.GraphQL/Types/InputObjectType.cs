using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Platform.GraphQL.Types;

/// <summary>An input object type: named input fields, each with a type and perhaps a default value.</summary>
public sealed class InputObjectType : NamedType
{
    private FrozenDictionary<string, InputValueDefinition> _fieldsByName = FrozenDictionary<string, InputValueDefinition>.Empty;

    internal InputObjectType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields in definition order.</summary>
    public ImmutableArray<InputValueDefinition> Fields { get; private set; } = [];

    /// <summary>
    /// Whether this is a OneOf input object (<c>@oneOf</c>): a value must set exactly one field,
    /// to a value other than null. Its fields are all nullable and have no default.
    /// </summary>
    public bool IsOneOf { get; private set; }

    /// <summary>Finds an input field by name.</summary>
    public bool TryGetField(string name, [NotNullWhen(true)] out InputValueDefinition? field) => _fieldsByName.TryGetValue(name, out field);

    internal void Complete(ImmutableArray<InputValueDefinition> fields, bool isOneOf)
    {
        Fields = fields;
        IsOneOf = isOneOf;
        var byName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byName.TryAdd(field.Name, field);
        }

        _fieldsByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
