using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

/// <summary>An input value literal, or a variable where the grammar allows one.</summary>
public abstract class ValueNode : SyntaxNode
{
    private protected ValueNode(Location? location)
        : base(location)
    {
    }
}

/// <summary><c>$name</c>.</summary>
public sealed class VariableNode(NameNode name, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <summary>The variable name, without the <c>$</c>.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));
}

/// <summary>An integer literal. Kept as written: its range is decided by the type it is coerced to.</summary>
public sealed class IntValueNode(string value, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal as written, e.g. <c>-42</c>.</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));
}

/// <summary>A float literal. Kept as written so no precision is lost before coercion.</summary>
public sealed class FloatValueNode(string value, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal as written, e.g. <c>6.02e23</c>.</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));
}

/// <summary>A quoted or block string; also the type of every description.</summary>
public sealed class StringValueNode(string value, bool isBlock = false, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The evaluated text: escapes resolved, block strings dedented.</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Whether it was written as a block string; the printer keeps that form when it can.</summary>
    public bool IsBlock { get; } = isBlock;
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode(bool value, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The literal's value.</summary>
    public bool Value { get; } = value;
}

/// <summary><c>null</c>: an explicit null, which differs from leaving a value out.</summary>
public sealed class NullValueNode(Location? location = null) : ValueNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>An enum value: a name other than <c>true</c>, <c>false</c> and <c>null</c>.</summary>
public sealed class EnumValueNode(string value, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The enum value's name.</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));
}

/// <summary><c>[a, b]</c>.</summary>
public sealed class ListValueNode(ImmutableArray<ValueNode> values, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The items in order.</summary>
    public ImmutableArray<ValueNode> Values { get; } = OrEmpty(values);
}

/// <summary><c>{ name: value }</c>: an input object literal.</summary>
public sealed class ObjectValueNode(ImmutableArray<ObjectFieldNode> fields, Location? location = null) : ValueNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The fields in source order (their order carries no meaning).</summary>
    public ImmutableArray<ObjectFieldNode> Fields { get; } = OrEmpty(fields);
}

/// <summary><c>name: value</c> inside an input object literal.</summary>
public sealed class ObjectFieldNode(NameNode name, ValueNode value, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <summary>The input field name.</summary>
    public NameNode Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The field's value.</summary>
    public ValueNode Value { get; } = value ?? throw new ArgumentNullException(nameof(value));
}
