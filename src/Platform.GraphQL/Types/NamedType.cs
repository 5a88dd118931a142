using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// A type with a name: scalar, object, interface, union, enum or input object. Named types are
/// compared by reference: a schema holds exactly one instance per name.
/// </summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The type's name, unique in its schema.</summary>
    public string Name { get; }

    /// <summary>Markdown documentation, shown by introspection; null when there is none.</summary>
    public string? Description { get; private protected set; }

    /// <summary>
    /// The directives applied to the type in its definition and extensions, as written, including
    /// the ones the schema already interprets (<c>@specifiedBy</c>, <c>@oneOf</c>).
    /// </summary>
    public ImmutableArray<DirectiveNode> AppliedDirectives { get; private protected set; } = [];

    /// <summary>Whether this is one of the introspection types (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal) && IntrospectionSdl.TypeNames.Contains(Name);

    /// <inheritdoc/>
    public sealed override NamedType GetNamedType() => this;

    /// <inheritdoc/>
    public sealed override TypeNode ToSyntax() => new NamedTypeNode(new NameNode(Name));

    /// <inheritdoc/>
    public sealed override bool IsSameType(GraphQLType other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public sealed override string ToString() => Name;

    internal void SetDefinition(string? description, ImmutableArray<DirectiveNode> appliedDirectives)
    {
        Description = description;
        AppliedDirectives = appliedDirectives;
    }
}
