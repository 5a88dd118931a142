using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary><c>[T]</c>: a list of values of <see cref="OfType"/>.</summary>
/// <param name="ofType">The item type.</param>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc/>
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc/>
    public override TypeNode ToSyntax() => new ListTypeNode(OfType.ToSyntax());

    /// <inheritdoc/>
    public override bool IsSameType(GraphQLType other) => other is ListType list && OfType.IsSameType(list.OfType);

    /// <inheritdoc/>
    public override string ToString() => $"[{OfType}]";
}

/// <summary><c>T!</c>: a value of <see cref="OfType"/> that is never null.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps a named or list type; a non-null type cannot wrap another non-null type.</summary>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"A non-null type cannot wrap another non-null type ({ofType}).", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type made non-null.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc/>
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc/>
    public override TypeNode ToSyntax() => new NonNullTypeNode(OfType.ToSyntax());

    /// <inheritdoc/>
    public override bool IsSameType(GraphQLType other) => other is NonNullType nonNull && OfType.IsSameType(nonNull.OfType);

    /// <inheritdoc/>
    public override string ToString() => $"{OfType}!";
}
