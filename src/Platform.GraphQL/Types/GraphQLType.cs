using System.Diagnostics.CodeAnalysis;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>What a type is; the values of introspection's <c>__TypeKind</c>.</summary>
public enum TypeKind
{
    /// <summary>A leaf value such as <c>Int</c> or <c>DateTime</c>.</summary>
    Scalar,

    /// <summary>An output type with fields.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the GraphQL kind.")]
    Object,

    /// <summary>An abstract output type with fields that object types (and interfaces) implement.</summary>
    Interface,

    /// <summary>An abstract output type: one of a set of object types.</summary>
    Union,

    /// <summary>A leaf value from a fixed set of names.</summary>
    Enum,

    /// <summary>A structured input value.</summary>
    InputObject,

    /// <summary><c>[T]</c>.</summary>
    List,

    /// <summary><c>T!</c>.</summary>
    NonNull,
}

/// <summary>
/// Any GraphQL type: a <see cref="NamedType"/>, or a <see cref="ListType"/> or <see cref="NonNullType"/>
/// wrapping one. <see cref="object.ToString"/> gives the type reference as written in SDL, e.g. <c>[Journey!]!</c>.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>What the type is.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type under all list and non-null wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>Whether values of the type can be inputs: scalars, enums, input objects, and wrappers of them.</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Whether the type can be a field's type: anything but input objects and wrappers of them.</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>The type without its outer non-null wrapper, if it has one.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>The type reference as syntax, e.g. for printing a variable definition.</summary>
    public abstract TypeNode ToSyntax();

    /// <summary>Whether <paramref name="other"/> is the same type: the same named type under the same wrappers.</summary>
    public abstract bool IsSameType(GraphQLType other);
}
