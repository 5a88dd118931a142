using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

/// <summary><c>name(args): Type @dir</c> in an object or interface type.</summary>
public sealed class FieldDefinitionNode(
    NameNode name,
    TypeNode type,
    ImmutableArray<InputValueDefinitionNode> arguments = default,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    /// <summary>Markdown documentation; becomes the introspected description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The field name.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The arguments the field accepts.</summary>
    public ImmutableArray<InputValueDefinitionNode> Arguments { get; } = OrEmpty(arguments);

    /// <summary>The output type.</summary>
    public TypeNode Type { get; } = type ?? throw new ArgumentNullException(nameof(type));

    /// <summary>Constant directives on the field.</summary>
    public ImmutableArray<DirectiveNode> Directives { get; } = OrEmpty(directives);
}

/// <summary><c>name: Type = default @dir</c>: an argument definition or an input object field.</summary>
public sealed class InputValueDefinitionNode(
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue = null,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <summary>Markdown documentation; becomes the introspected description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The argument or field name.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The input type.</summary>
    public TypeNode Type { get; } = type ?? throw new ArgumentNullException(nameof(type));

    /// <summary>A constant used when no value is given; null when there is none.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <summary>Constant directives on the definition.</summary>
    public ImmutableArray<DirectiveNode> Directives { get; } = OrEmpty(directives);
}

/// <summary><c>VALUE @dir</c> inside an enum type.</summary>
public sealed class EnumValueDefinitionNode(
    NameNode name, ImmutableArray<DirectiveNode> directives = default, StringValueNode? description = null, Location? location = null)
    : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <summary>Markdown documentation; becomes the introspected description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The value's name; never <c>true</c>, <c>false</c> or <c>null</c> when parsed.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>Constant directives on the value.</summary>
    public ImmutableArray<DirectiveNode> Directives { get; } = OrEmpty(directives);
}
