using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object type: introspection's <c>__InputValue</c>.</summary>
public sealed class InputValueDefinition
{
    internal InputValueDefinition(
        string coordinate,
        string name,
        string? description,
        GraphQLType type,
        ValueNode? defaultValue,
        string? deprecationReason,
        ImmutableArray<DirectiveNode> appliedDirectives)
    {
        Coordinate = coordinate;
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
        AppliedDirectives = appliedDirectives;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Markdown documentation; null when there is none.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; }

    /// <summary>
    /// The default as the constant literal it was written as (checked against <see cref="Type"/>
    /// when the schema was built); null when there is no default. Input coercion turns it into a
    /// runtime value with the type's <see cref="LeafType.ParseLiteral"/> rules.
    /// </summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>Whether a value must be given: the type is non-null and there is no default.</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    /// <summary>Why the argument or input field should no longer be used; null when it is not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the argument or input field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied to the definition, as written.</summary>
    public ImmutableArray<DirectiveNode> AppliedDirectives { get; }

    /// <summary>
    /// The schema coordinate: <c>Query.patient(id:)</c> for a field argument, <c>@include(if:)</c> for a
    /// directive argument, <c>PatientInput.name</c> for an input field.
    /// </summary>
    public string Coordinate { get; }

    /// <inheritdoc/>
    public override string ToString() => Coordinate;
}
