namespace Platform.GraphQL.Language;

/// <summary>A reference to a type: <c>Name</c>, <c>[Type]</c> or <c>Type!</c>.</summary>
public abstract class TypeNode : SyntaxNode
{
    private protected TypeNode(Location? location)
        : base(location)
    {
    }
}

/// <summary><c>Name</c>: a type by name.</summary>
public sealed class NamedTypeNode(NameNode name, Location? location = null) : TypeNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <summary>The type's name.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));
}

/// <summary><c>[Type]</c>.</summary>
public sealed class ListTypeNode(TypeNode type, Location? location = null) : TypeNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The item type.</summary>
    public TypeNode Type { get; } = type ?? throw new ArgumentNullException(nameof(type));
}

/// <summary><c>Type!</c>: the wrapped type without null.</summary>
public sealed class NonNullTypeNode(TypeNode type, Location? location = null) : TypeNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The nullable type being made non-null: a named or list type, never another non-null type.</summary>
    public TypeNode Type { get; } = type switch
    {
        null => throw new ArgumentNullException(nameof(type)),
        NonNullTypeNode => throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(type)),
        _ => type,
    };
}
