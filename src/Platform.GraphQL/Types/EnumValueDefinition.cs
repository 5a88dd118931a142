using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>One value of an <see cref="EnumType"/>.</summary>
public sealed class EnumValueDefinition
{
    internal EnumValueDefinition(string name, string? description, string? deprecationReason, object value, ImmutableArray<DirectiveNode> appliedDirectives)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        Value = value;
        AppliedDirectives = appliedDirectives;
    }

    /// <summary>The name clients read and write, e.g. <c>IN_TREATMENT</c>.</summary>
    public string Name { get; }

    /// <summary>Markdown documentation; null when there is none.</summary>
    public string? Description { get; }

    /// <summary>Why the value should no longer be used (<c>@deprecated</c>); null when it is not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>What resolvers return and receive for this value: the name unless the builder bound another value.</summary>
    public object Value { get; }

    /// <summary>The directives applied to the value, as written.</summary>
    public ImmutableArray<DirectiveNode> AppliedDirectives { get; }

    /// <summary>The enum the value belongs to.</summary>
    public EnumType DeclaringType { get; internal set; } = null!;

    /// <summary>The schema coordinate, e.g. <c>JourneyStatus.IN_TREATMENT</c>.</summary>
    public string Coordinate => $"{DeclaringType.Name}.{Name}";

    /// <inheritdoc/>
    public override string ToString() => Coordinate;
}
