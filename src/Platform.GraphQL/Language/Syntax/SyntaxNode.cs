using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

/// <summary>
/// A node of the immutable GraphQL syntax tree. Nodes come from <see cref="Parser"/> or are built
/// in code; <see cref="object.ToString"/> prints them with <see cref="Printer"/>.
/// </summary>
public abstract class SyntaxNode
{
    private protected SyntaxNode(Location? location) => Location = location;

    /// <summary>The concrete node type.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node was parsed from; null for nodes built in code or parsed with <see cref="ParserOptions.NoLocation"/>.</summary>
    public Location? Location { get; }

    /// <summary>The node in canonical GraphQL syntax.</summary>
    public override string ToString() => Printer.Print(this);

    /// <summary>Treats a default (uninitialised) array as empty, so node lists are never default.</summary>
    private protected static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}

/// <summary>A name: of a field, type, argument, directive, variable, fragment or enum value.</summary>
/// <param name="value">The name as written, e.g. <c>user</c>.</param>
/// <param name="location">Where it was parsed from, if anywhere.</param>
public sealed class NameNode(string value, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The name as written.</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));
}

/// <summary>A whole document: executable definitions, type system definitions and extensions, in source order.</summary>
/// <param name="definitions">At least one when parsed; may be empty when built in code.</param>
/// <param name="location">Where it was parsed from, if anywhere.</param>
public sealed class DocumentNode(ImmutableArray<DefinitionNode> definitions, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The definitions in source order.</summary>
    public ImmutableArray<DefinitionNode> Definitions { get; } = OrEmpty(definitions);
}

/// <summary>A top-level definition of a document: executable, type system, or type system extension.</summary>
public abstract class DefinitionNode : SyntaxNode
{
    private protected DefinitionNode(Location? location)
        : base(location)
    {
    }
}
