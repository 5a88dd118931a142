using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Fields, arguments, input fields and enum values, with duplicates reported.</summary>
internal sealed partial class SchemaAssembler
{
    private ImmutableArray<FieldDefinition> BuildFields(TypeEntry entry)
    {
        var nodes = entry.Definition switch
        {
            ObjectTypeDefinitionNode objectType => objectType.Fields.Concat(entry.Extensions.SelectMany(extension => ((ObjectTypeExtensionNode)extension).Fields)),
            _ => ((InterfaceTypeDefinitionNode)entry.Definition).Fields.Concat(
                entry.Extensions.SelectMany(extension => ((InterfaceTypeExtensionNode)extension).Fields)),
        };
        var fields = ImmutableArray.CreateBuilder<FieldDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var coordinate = $"{entry.Name}.{node.Name.Value}";
            if (!names.Add(node.Name.Value))
            {
                Error($"Field \"{coordinate}\" can only be defined once.", coordinate);
                continue;
            }

            fields.Add(new FieldDefinition(
                node.Name.Value,
                node.Description?.Value,
                ResolveType(node.Type, coordinate),
                BuildArguments(node.Arguments, coordinate),
                AppliedDirectives.DeprecationReason(node.Directives),
                node.Directives));
        }

        return fields.ToImmutable();
    }

    /// <summary>Arguments of the field or directive at <paramref name="owner"/> (<c>Type.field</c> or <c>@name</c>).</summary>
    private ImmutableArray<InputValueDefinition> BuildArguments(ImmutableArray<InputValueDefinitionNode> nodes, string owner)
    {
        var arguments = ImmutableArray.CreateBuilder<InputValueDefinition>(nodes.Length);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var coordinate = $"{owner}({node.Name.Value}:)";
            if (!names.Add(node.Name.Value))
            {
                Error($"Argument \"{coordinate}\" can only be defined once.", coordinate);
                continue;
            }

            arguments.Add(BuildInputValue(node, coordinate));
        }

        return arguments.DrainToImmutable();
    }

    private ImmutableArray<InputValueDefinition> BuildInputFields(TypeEntry entry)
    {
        var nodes = ((InputObjectTypeDefinitionNode)entry.Definition).Fields
            .Concat(entry.Extensions.SelectMany(extension => ((InputObjectTypeExtensionNode)extension).Fields));
        var fields = ImmutableArray.CreateBuilder<InputValueDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var coordinate = $"{entry.Name}.{node.Name.Value}";
            if (!names.Add(node.Name.Value))
            {
                Error($"Field \"{coordinate}\" can only be defined once.", coordinate);
                continue;
            }

            fields.Add(BuildInputValue(node, coordinate));
        }

        return fields.ToImmutable();
    }

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node, string coordinate) => new(
        coordinate,
        node.Name.Value,
        node.Description?.Value,
        ResolveType(node.Type, coordinate),
        node.DefaultValue,
        AppliedDirectives.DeprecationReason(node.Directives),
        node.Directives);

    private ImmutableArray<EnumValueDefinition> BuildEnumValues(TypeEntry entry)
    {
        var nodes = ((EnumTypeDefinitionNode)entry.Definition).Values
            .Concat(entry.Extensions.SelectMany(extension => ((EnumTypeExtensionNode)extension).Values));
        var values = ImmutableArray.CreateBuilder<EnumValueDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (!names.Add(name))
            {
                Error($"Enum value \"{entry.Name}.{name}\" can only be defined once.", $"{entry.Name}.{name}");
                continue;
            }

            var runtimeValue = inputs.EnumValues.GetValueOrDefault((entry.Name, name)) ?? name;
            values.Add(new EnumValueDefinition(name, node.Description?.Value, AppliedDirectives.DeprecationReason(node.Directives), runtimeValue, node.Directives));
        }

        return values.ToImmutable();
    }
}
