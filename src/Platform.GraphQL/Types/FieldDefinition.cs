using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>A field of an object or interface type, or one of the meta-fields (<c>__typename</c>, <c>__schema</c>, <c>__type</c>).</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(
        string name,
        string? description,
        GraphQLType type,
        ImmutableArray<InputValueDefinition> arguments,
        string? deprecationReason,
        ImmutableArray<DirectiveNode> appliedDirectives)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        DeprecationReason = deprecationReason;
        AppliedDirectives = appliedDirectives;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>Markdown documentation; null when there is none.</summary>
    public string? Description { get; }

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The arguments in definition order.</summary>
    public ImmutableArray<InputValueDefinition> Arguments { get; }

    /// <summary>Why the field should no longer be used (<c>@deprecated</c>); null when it is not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied to the field, as written.</summary>
    public ImmutableArray<DirectiveNode> AppliedDirectives { get; }

    /// <summary>
    /// Produces the field's value; null when none was bound, in which case the executor uses its
    /// default (reading the property or key of the parent value named like the field).
    /// </summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>
    /// Creates the source event stream of a subscription root field (the specification's
    /// ResolveFieldEventStream); null for every other field. Each event then becomes the root
    /// value of one execution of the operation's selection set, in which <see cref="Resolver"/>
    /// (or the default one) gives the field's value from the event.
    /// </summary>
    public SubscriptionResolver? Subscriber { get; internal set; }

    /// <summary>The type the field belongs to; null for the meta-fields, which belong to no single type.</summary>
    public ComplexType? DeclaringType { get; internal set; }

    /// <summary>The schema coordinate, e.g. <c>Patient.journeys</c> (or <c>__typename</c> for a meta-field).</summary>
    public string Coordinate => DeclaringType is null ? Name : $"{DeclaringType.Name}.{Name}";

    /// <summary>Finds an argument by name (a short list: a linear search beats hashing here).</summary>
    public InputValueDefinition? FindArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return argument;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => Coordinate;
}
