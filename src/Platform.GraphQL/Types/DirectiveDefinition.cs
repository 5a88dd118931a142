using System.Collections.Immutable;

namespace Platform.GraphQL.Types;

/// <summary>A directive the schema accepts: <c>directive @name(args) repeatable on LOCATIONS</c>.</summary>
public sealed class DirectiveDefinition
{
    private readonly DirectiveLocationSet _locationSet;

    internal DirectiveDefinition(
        string name,
        string? description,
        ImmutableArray<InputValueDefinition> arguments,
        bool isRepeatable,
        ImmutableArray<DirectiveLocation> locations)
    {
        Name = name;
        Description = description;
        Arguments = arguments;
        IsRepeatable = isRepeatable;
        Locations = locations;
        _locationSet = DirectiveLocationSet.Of(locations);
    }

    /// <summary>The name, without the <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Markdown documentation; null when there is none.</summary>
    public string? Description { get; }

    /// <summary>The arguments in definition order.</summary>
    public ImmutableArray<InputValueDefinition> Arguments { get; }

    /// <summary>Whether the directive may be applied more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>Where the directive may be applied, in definition order.</summary>
    public ImmutableArray<DirectiveLocation> Locations { get; }

    /// <summary>Whether this is one of the directives every schema has (<c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>).</summary>
    public bool IsBuiltIn => BuiltInDirectives.IsBuiltIn(Name);

    /// <summary>Whether the directive may be applied at <paramref name="location"/>.</summary>
    public bool IsAllowedAt(DirectiveLocation location) => _locationSet.Contains(location);

    /// <summary>Finds an argument by name.</summary>
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
    public override string ToString() => "@" + Name;
}
