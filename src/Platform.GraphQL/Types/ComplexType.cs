using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Platform.GraphQL.Types;

/// <summary>
/// An object or interface type: a named type with fields that may implement interfaces.
/// Field lookup by name is a frozen-dictionary hit, built once when the schema is built.
/// </summary>
public abstract class ComplexType : NamedType
{
    private FrozenDictionary<string, FieldDefinition> _fieldsByName = FrozenDictionary<string, FieldDefinition>.Empty;
    private FrozenSet<InterfaceType> _interfaceSet = FrozenSet<InterfaceType>.Empty;

    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields in definition order (extensions' fields after the definition's).</summary>
    public ImmutableArray<FieldDefinition> Fields { get; private set; } = [];

    /// <summary>The interfaces the type declares it implements, in declaration order.</summary>
    public ImmutableArray<InterfaceType> Interfaces { get; private set; } = [];

    /// <summary>Finds a field by name. Meta-fields (<c>__typename</c>...) are not here: see <see cref="Schema.FindField"/>.</summary>
    public bool TryGetField(string name, [NotNullWhen(true)] out FieldDefinition? field) => _fieldsByName.TryGetValue(name, out field);

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public FieldDefinition? FindField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Whether the type declares that it implements <paramref name="interfaceType"/>.</summary>
    public bool Implements(InterfaceType interfaceType) => _interfaceSet.Contains(interfaceType);

    internal void Complete(ImmutableArray<FieldDefinition> fields, ImmutableArray<InterfaceType> interfaces)
    {
        Fields = fields;
        Interfaces = interfaces;
        var byName = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            field.DeclaringType = this;
            byName.TryAdd(field.Name, field);
        }

        _fieldsByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _interfaceSet = interfaces.ToFrozenSet();
    }
}

/// <summary>An object type: the concrete output type every resolved value finally has.</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;
}
