using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Platform.GraphQL.Types;

/// <summary>An interface or union: an output type whose values are, at run time, of one of its possible object types.</summary>
public interface IAbstractType
{
    /// <summary>The type's name.</summary>
    string Name { get; }

    /// <summary>The object types a value of this type can have, in schema order.</summary>
    ImmutableArray<ObjectType> PossibleTypes { get; }

    /// <summary>Tells the object type of a resolved value; null until a resolver is bound.</summary>
    TypeResolver? ResolveType { get; }

    /// <summary>Whether <paramref name="type"/> is one of <see cref="PossibleTypes"/>.</summary>
    bool IsPossibleType(ObjectType type);
}

/// <summary>An interface type. It may itself implement interfaces.</summary>
public sealed class InterfaceType : ComplexType, IAbstractType
{
    private FrozenSet<ObjectType> _possibleTypeSet = FrozenSet<ObjectType>.Empty;
    private FrozenSet<InterfaceType> _implementationSet = FrozenSet<InterfaceType>.Empty;

    internal InterfaceType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>The object types that implement the interface.</summary>
    public ImmutableArray<ObjectType> PossibleTypes { get; private set; } = [];

    /// <summary>The interfaces that declare they implement this one.</summary>
    public ImmutableArray<InterfaceType> Implementations { get; private set; } = [];

    /// <inheritdoc/>
    public TypeResolver? ResolveType { get; internal set; }

    /// <inheritdoc/>
    public bool IsPossibleType(ObjectType type) => _possibleTypeSet.Contains(type);

    /// <summary>Whether <paramref name="type"/> (an object or interface type) declares that it implements this interface.</summary>
    public bool IsImplementedBy(ComplexType type) =>
        type is ObjectType objectType ? _possibleTypeSet.Contains(objectType) : _implementationSet.Contains((InterfaceType)type);

    internal void SetImplementations(ImmutableArray<ObjectType> objects, ImmutableArray<InterfaceType> interfaces)
    {
        PossibleTypes = objects;
        Implementations = interfaces;
        _possibleTypeSet = objects.ToFrozenSet();
        _implementationSet = interfaces.ToFrozenSet();
    }
}

/// <summary>A union type: one of a set of object types, which share no fields.</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    private FrozenSet<ObjectType> _memberSet = FrozenSet<ObjectType>.Empty;

    internal UnionType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in declaration order (extensions' members after the definition's).</summary>
    public ImmutableArray<ObjectType> Types { get; private set; } = [];

    /// <inheritdoc/>
    public ImmutableArray<ObjectType> PossibleTypes => Types;

    /// <inheritdoc/>
    public TypeResolver? ResolveType { get; internal set; }

    /// <inheritdoc/>
    public bool IsPossibleType(ObjectType type) => _memberSet.Contains(type);

    internal void Complete(ImmutableArray<ObjectType> types)
    {
        Types = types;
        _memberSet = types.ToFrozenSet();
    }
}
