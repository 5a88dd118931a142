using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

/// <summary>A schema, type or directive definition: the parts of a schema document that define rather than extend.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    private protected TypeSystemDefinitionNode(StringValueNode? description, Location? location)
        : base(location) => Description = description;

    /// <summary>Markdown documentation; becomes the introspected description.</summary>
    public StringValueNode? Description { get; }
}

/// <summary><c>schema @dir { query: Query }</c>: names the root operation types.</summary>
public sealed class SchemaDefinitionNode(
    ImmutableArray<RootOperationTypeDefinitionNode> operationTypes,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : TypeSystemDefinitionNode(description, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    /// <summary>Constant directives on the schema.</summary>
    public ImmutableArray<DirectiveNode> Directives { get; } = OrEmpty(directives);

    /// <summary>The root operation types; at least one when parsed.</summary>
    public ImmutableArray<RootOperationTypeDefinitionNode> OperationTypes { get; } = OrEmpty(operationTypes);
}

/// <summary><c>query: Query</c> inside a schema definition or extension.</summary>
public sealed class RootOperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null)
    : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.RootOperationTypeDefinition;

    /// <summary>The operation the type is the root of.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The root object type.</summary>
    public NamedTypeNode Type { get; } = type ?? throw new ArgumentNullException(nameof(type));
}

/// <summary>A named type definition: scalar, object, interface, union, enum or input object.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    private protected TypeDefinitionNode(NameNode name, ImmutableArray<DirectiveNode> directives, StringValueNode? description, Location? location)
        : base(description, location)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Directives = OrEmpty(directives);
    }

    /// <summary>The type name.</summary>
    public NameNode Name { get; }

    /// <summary>Constant directives on the type.</summary>
    public ImmutableArray<DirectiveNode> Directives { get; }
}

/// <summary><c>scalar Name @dir</c>.</summary>
public sealed class ScalarTypeDefinitionNode(
    NameNode name, ImmutableArray<DirectiveNode> directives = default, StringValueNode? description = null, Location? location = null)
    : TypeDefinitionNode(name, directives, description, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary><c>type Name implements A &amp; B @dir { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode(
    NameNode name,
    ImmutableArray<FieldDefinitionNode> fields = default,
    ImmutableArray<NamedTypeNode> interfaces = default,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(name, directives, description, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    /// <summary>The interfaces the type implements.</summary>
    public ImmutableArray<NamedTypeNode> Interfaces { get; } = OrEmpty(interfaces);

    /// <summary>The fields; empty when the definition has no field block.</summary>
    public ImmutableArray<FieldDefinitionNode> Fields { get; } = OrEmpty(fields);
}

/// <summary><c>interface Name implements A &amp; B @dir { fields }</c>; interfaces may implement interfaces.</summary>
public sealed class InterfaceTypeDefinitionNode(
    NameNode name,
    ImmutableArray<FieldDefinitionNode> fields = default,
    ImmutableArray<NamedTypeNode> interfaces = default,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(name, directives, description, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    /// <summary>The interfaces this interface implements.</summary>
    public ImmutableArray<NamedTypeNode> Interfaces { get; } = OrEmpty(interfaces);

    /// <summary>The fields; empty when the definition has no field block.</summary>
    public ImmutableArray<FieldDefinitionNode> Fields { get; } = OrEmpty(fields);
}

/// <summary><c>union Name @dir = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode(
    NameNode name,
    ImmutableArray<NamedTypeNode> types = default,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(name, directives, description, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <summary>The member object types.</summary>
    public ImmutableArray<NamedTypeNode> Types { get; } = OrEmpty(types);
}

/// <summary><c>enum Name @dir { VALUES }</c>.</summary>
public sealed class EnumTypeDefinitionNode(
    NameNode name,
    ImmutableArray<EnumValueDefinitionNode> values = default,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(name, directives, description, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    /// <summary>The enum values; empty when the definition has no value block.</summary>
    public ImmutableArray<EnumValueDefinitionNode> Values { get; } = OrEmpty(values);
}

/// <summary><c>input Name @dir { fields }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode(
    NameNode name,
    ImmutableArray<InputValueDefinitionNode> fields = default,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(name, directives, description, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <summary>The input fields; empty when the definition has no field block.</summary>
    public ImmutableArray<InputValueDefinitionNode> Fields { get; } = OrEmpty(fields);
}

/// <summary><c>directive @name(args) repeatable on FIELD | OBJECT</c>.</summary>
public sealed class DirectiveDefinitionNode(
    NameNode name,
    ImmutableArray<NameNode> locations,
    ImmutableArray<InputValueDefinitionNode> arguments = default,
    bool isRepeatable = false,
    StringValueNode? description = null,
    Location? location = null)
    : TypeSystemDefinitionNode(description, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <summary>The directive name, without the <c>@</c>.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The arguments the directive accepts.</summary>
    public ImmutableArray<InputValueDefinitionNode> Arguments { get; } = OrEmpty(arguments);

    /// <summary>Whether the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; } = isRepeatable;

    /// <summary>Where the directive may be used, e.g. <c>FIELD</c>; the parser accepts only the specification's locations.</summary>
    public ImmutableArray<NameNode> Locations { get; } = OrEmpty(locations);
}
