using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

/// <summary><c>{ ... }</c>: the fields and fragments selected on an object.</summary>
/// <param name="selections">At least one when parsed.</param>
/// <param name="location">Where it was parsed from, if anywhere.</param>
public sealed class SelectionSetNode(ImmutableArray<SelectionNode> selections, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The selections in source order.</summary>
    public ImmutableArray<SelectionNode> Selections { get; } = OrEmpty(selections);
}

/// <summary>One entry of a selection set: a field, a fragment spread or an inline fragment.</summary>
public abstract class SelectionNode : SyntaxNode
{
    private protected SelectionNode(ImmutableArray<DirectiveNode> directives, Location? location)
        : base(location) => Directives = OrEmpty(directives);

    /// <summary>Directives applied to the selection, in order.</summary>
    public ImmutableArray<DirectiveNode> Directives { get; }
}

/// <summary><c>alias: name(arg: value) @dir { ... }</c>.</summary>
public sealed class FieldNode(
    NameNode name,
    NameNode? alias = null,
    ImmutableArray<ArgumentNode> arguments = default,
    ImmutableArray<DirectiveNode> directives = default,
    SelectionSetNode? selectionSet = null,
    Location? location = null)
    : SelectionNode(directives, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The response key when it differs from the field name; null without an alias.</summary>
    public NameNode? Alias { get; } = alias;

    /// <summary>The field name.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The arguments, in source order (their order carries no meaning).</summary>
    public ImmutableArray<ArgumentNode> Arguments { get; } = OrEmpty(arguments);

    /// <summary>Sub-selections; null for a leaf field.</summary>
    public SelectionSetNode? SelectionSet { get; } = selectionSet;
}

/// <summary><c>...Name @dir</c>: includes a named fragment.</summary>
public sealed class FragmentSpreadNode(NameNode name, ImmutableArray<DirectiveNode> directives = default, Location? location = null)
    : SelectionNode(directives, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <summary>The fragment spread.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));
}

/// <summary><c>... on Type @dir { ... }</c>; without a type condition it applies to the enclosing type.</summary>
public sealed class InlineFragmentNode(
    SelectionSetNode selectionSet,
    NamedTypeNode? typeCondition = null,
    ImmutableArray<DirectiveNode> directives = default,
    Location? location = null)
    : SelectionNode(directives, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>The type the fragment applies to; null when it has none.</summary>
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    /// <summary>The selections made when the fragment applies.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet ?? throw new ArgumentNullException(nameof(selectionSet));
}

/// <summary><c>name: value</c> in a field's or directive's argument list.</summary>
public sealed class ArgumentNode(NameNode name, ValueNode value, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <summary>The argument name.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The value passed; constant where the grammar requires it (default values, type system directives).</summary>
    public ValueNode Value { get; } = value ?? throw new ArgumentNullException(nameof(value));
}

/// <summary><c>@name(arg: value)</c>.</summary>
public sealed class DirectiveNode(NameNode name, ImmutableArray<ArgumentNode> arguments = default, Location? location = null)
    : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <summary>The directive name, without the <c>@</c>.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The arguments, in source order.</summary>
    public ImmutableArray<ArgumentNode> Arguments { get; } = OrEmpty(arguments);
}
