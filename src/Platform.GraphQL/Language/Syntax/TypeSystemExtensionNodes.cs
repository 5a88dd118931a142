using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

/// <summary>An <c>extend ...</c> definition: adds to a schema or type defined elsewhere. Extensions have no description.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
    private protected TypeSystemExtensionNode(ImmutableArray<DirectiveNode> directives, Location? location)
        : base(location) => Directives = OrEmpty(directives);

    /// <summary>Constant directives the extension adds.</summary>
    public ImmutableArray<DirectiveNode> Directives { get; }
}

/// <summary><c>extend schema @dir { mutation: Mutation }</c>.</summary>
public sealed class SchemaExtensionNode(
    ImmutableArray<DirectiveNode> directives = default,
    ImmutableArray<RootOperationTypeDefinitionNode> operationTypes = default,
    Location? location = null)
    : TypeSystemExtensionNode(directives, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    /// <summary>Root operation types the extension adds.</summary>
    public ImmutableArray<RootOperationTypeDefinitionNode> OperationTypes { get; } = OrEmpty(operationTypes);
}

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    private protected TypeExtensionNode(NameNode name, ImmutableArray<DirectiveNode> directives, Location? location)
        : base(directives, location) => Name = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The name of the type being extended.</summary>
    public NameNode Name { get; }
}

/// <summary><c>extend scalar Name @dir</c>.</summary>
public sealed class ScalarTypeExtensionNode(NameNode name, ImmutableArray<DirectiveNode> directives = default, Location? location = null)
    : TypeExtensionNode(name, directives, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

/// <summary><c>extend type Name implements A @dir { fields }</c>.</summary>
public sealed class ObjectTypeExtensionNode(
    NameNode name,
    ImmutableArray<FieldDefinitionNode> fields = default,
    ImmutableArray<NamedTypeNode> interfaces = default,
    ImmutableArray<DirectiveNode> directives = default,
    Location? location = null)
    : TypeExtensionNode(name, directives, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    /// <summary>Interfaces the extension adds.</summary>
    public ImmutableArray<NamedTypeNode> Interfaces { get; } = OrEmpty(interfaces);

    /// <summary>Fields the extension adds.</summary>
    public ImmutableArray<FieldDefinitionNode> Fields { get; } = OrEmpty(fields);
}

/// <summary><c>extend interface Name implements A @dir { fields }</c>.</summary>
public sealed class InterfaceTypeExtensionNode(
    NameNode name,
    ImmutableArray<FieldDefinitionNode> fields = default,
    ImmutableArray<NamedTypeNode> interfaces = default,
    ImmutableArray<DirectiveNode> directives = default,
    Location? location = null)
    : TypeExtensionNode(name, directives, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    /// <summary>Interfaces the extension adds.</summary>
    public ImmutableArray<NamedTypeNode> Interfaces { get; } = OrEmpty(interfaces);

    /// <summary>Fields the extension adds.</summary>
    public ImmutableArray<FieldDefinitionNode> Fields { get; } = OrEmpty(fields);
}

/// <summary><c>extend union Name @dir = C</c>.</summary>
public sealed class UnionTypeExtensionNode(
    NameNode name,
    ImmutableArray<NamedTypeNode> types = default,
    ImmutableArray<DirectiveNode> directives = default,
    Location? location = null)
    : TypeExtensionNode(name, directives, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    /// <summary>Member types the extension adds.</summary>
    public ImmutableArray<NamedTypeNode> Types { get; } = OrEmpty(types);
}

/// <summary><c>extend enum Name @dir { VALUES }</c>.</summary>
public sealed class EnumTypeExtensionNode(
    NameNode name,
    ImmutableArray<EnumValueDefinitionNode> values = default,
    ImmutableArray<DirectiveNode> directives = default,
    Location? location = null)
    : TypeExtensionNode(name, directives, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    /// <summary>Enum values the extension adds.</summary>
    public ImmutableArray<EnumValueDefinitionNode> Values { get; } = OrEmpty(values);
}

/// <summary><c>extend input Name @dir { fields }</c>.</summary>
public sealed class InputObjectTypeExtensionNode(
    NameNode name,
    ImmutableArray<InputValueDefinitionNode> fields = default,
    ImmutableArray<DirectiveNode> directives = default,
    Location? location = null)
    : TypeExtensionNode(name, directives, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    /// <summary>Input fields the extension adds.</summary>
    public ImmutableArray<InputValueDefinitionNode> Fields { get; } = OrEmpty(fields);
}
