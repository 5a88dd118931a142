using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Directive definitions: the built-in ones, then the schema's own.</summary>
internal sealed partial class SchemaAssembler
{
    private ImmutableArray<DirectiveDefinition> BuildDirectives()
    {
        var directives = ImmutableArray.CreateBuilder<DirectiveDefinition>();
        var byName = new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
        foreach (var (node, isBuiltIn) in _directiveNodes)
        {
            var name = node.Name.Value;
            if (byName.TryGetValue(name, out var existing))
            {
                ReportRedefinition(node, existing, isBuiltIn: BuiltInDirectives.IsBuiltIn(name));
                continue;
            }

            byName.Add(name, node);
            var coordinate = "@" + name;
            directives.Add(new DirectiveDefinition(
                name,
                node.Description?.Value,
                BuildArguments(node.Arguments, coordinate),
                node.IsRepeatable,
                BuildLocations(node, coordinate)));
        }

        return directives.ToImmutable();
    }

    /// <summary>
    /// Generated and federated schema files often repeat a built-in directive's definition; that is
    /// accepted when it allows the same locations. Anything else is a second definition.
    /// </summary>
    private void ReportRedefinition(DirectiveDefinitionNode node, DirectiveDefinitionNode existing, bool isBuiltIn)
    {
        var coordinate = "@" + node.Name.Value;
        if (!isBuiltIn)
        {
            Error($"There can be only one directive named \"{coordinate}\".", coordinate);
            return;
        }

        var builtInLocations = existing.Locations.Select(location => location.Value).ToHashSet(StringComparer.Ordinal);
        if (!builtInLocations.SetEquals(node.Locations.Select(location => location.Value)))
        {
            Error(
                $"Directive \"{coordinate}\" already exists in the schema. It cannot be redefined "
                + $"(built in: on {string.Join(" | ", existing.Locations.Select(location => location.Value))}).",
                coordinate);
        }
    }

    private ImmutableArray<DirectiveLocation> BuildLocations(DirectiveDefinitionNode node, string coordinate)
    {
        // Checked here rather than in validation because unknown locations are dropped below.
        if (node.Locations.IsEmpty)
        {
            Error($"Directive {coordinate} must include 1 or more locations.", coordinate);
        }

        var locations = ImmutableArray.CreateBuilder<DirectiveLocation>(node.Locations.Length);
        foreach (var name in node.Locations)
        {
            if (!DirectiveLocationNames.TryParse(name.Value, out var location))
            {
                Error($"Directive {coordinate} has an unknown location \"{name.Value}\".", coordinate);
            }
            else if (locations.Contains(location))
            {
                Error($"Directive {coordinate} lists location {name.Value} more than once.", coordinate);
            }
            else
            {
                locations.Add(location);
            }
        }

        return locations.DrainToImmutable();
    }
}
