using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

/// <summary>The three kinds of operation.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch.</summary>
    Mutation,

    /// <summary>A long-lived request that yields a result per source event.</summary>
    Subscription,
}

/// <summary>An operation or a fragment: the definitions a client sends to be executed.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    private protected ExecutableDefinitionNode(
        StringValueNode? description, ImmutableArray<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location)
        : base(location)
    {
        Description = description;
        Directives = OrEmpty(directives);
        SelectionSet = selectionSet ?? throw new ArgumentNullException(nameof(selectionSet));
    }

    /// <summary>Documentation for tools (September 2025 edition); it never changes execution.</summary>
    public StringValueNode? Description { get; }

    /// <summary>Directives applied to the definition, in order.</summary>
    public ImmutableArray<DirectiveNode> Directives { get; }

    /// <summary>What the definition selects.</summary>
    public SelectionSetNode SelectionSet { get; }
}

/// <summary>
/// <c>query Name($id: ID!) @dir { ... }</c>, or the query shorthand <c>{ ... }</c> (an anonymous
/// query with no variables, directives or description).
/// </summary>
public sealed class OperationDefinitionNode(
    OperationType operation,
    SelectionSetNode selectionSet,
    NameNode? name = null,
    ImmutableArray<VariableDefinitionNode> variableDefinitions = default,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : ExecutableDefinitionNode(description, directives, selectionSet, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>Query, mutation or subscription.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The operation name; null for an anonymous operation.</summary>
    public NameNode? Name { get; } = name;

    /// <summary>The declared variables, in order.</summary>
    public ImmutableArray<VariableDefinitionNode> VariableDefinitions { get; } = OrEmpty(variableDefinitions);
}

/// <summary><c>$name: Type = default @dir</c> in an operation's variable list.</summary>
public sealed class VariableDefinitionNode(
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue = null,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>Documentation for tools (September 2025 edition).</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The variable being declared.</summary>
    public VariableNode Variable { get; } = variable ?? throw new ArgumentNullException(nameof(variable));

    /// <summary>The input type the variable's value must have.</summary>
    public TypeNode Type { get; } = type ?? throw new ArgumentNullException(nameof(type));

    /// <summary>A constant used when the request supplies no value; null when there is none.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <summary>Constant directives on the definition.</summary>
    public ImmutableArray<DirectiveNode> Directives { get; } = OrEmpty(directives);
}

/// <summary><c>fragment Name on Type @dir { ... }</c>.</summary>
public sealed class FragmentDefinitionNode(
    NameNode name,
    NamedTypeNode typeCondition,
    SelectionSetNode selectionSet,
    ImmutableArray<DirectiveNode> directives = default,
    StringValueNode? description = null,
    Location? location = null)
    : ExecutableDefinitionNode(description, directives, selectionSet, location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>The fragment name; never <c>on</c>.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The type the fragment applies to.</summary>
    public NamedTypeNode TypeCondition { get; } = typeCondition ?? throw new ArgumentNullException(nameof(typeCondition));
}
