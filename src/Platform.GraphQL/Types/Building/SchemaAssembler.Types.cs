using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Creating one instance per named type, then filling in their members.</summary>
internal sealed partial class SchemaAssembler
{
    private void CreateTypes()
    {
        foreach (var entry in _entries)
        {
            var definition = entry.Definition;
            var description = definition.Description?.Value;
            NamedType type = definition switch
            {
                ScalarTypeDefinitionNode => CreateScalar(entry),
                ObjectTypeDefinitionNode => new ObjectType(entry.Name, description),
                InterfaceTypeDefinitionNode => new InterfaceType(entry.Name, description),
                UnionTypeDefinitionNode => new UnionType(entry.Name, description),
                EnumTypeDefinitionNode => new EnumType(entry.Name, description),
                _ => new InputObjectType(entry.Name, description),
            };
            if (type is not ScalarType)
            {
                type.SetDefinition(description, entry.Directives);
            }

            entry.Type = type;
            _types.Add(entry.Name, type);
        }

        // Scalars added in code that no document declares follow the declared types.
        foreach (var (name, scalar) in inputs.Scalars)
        {
            if (_types.TryAdd(name, scalar))
            {
                _referencedOnly.Add(scalar);
            }
        }
    }

    private ScalarType CreateScalar(TypeEntry entry)
    {
        var directives = entry.Directives;
        var description = entry.Definition.Description?.Value;
        var specifiedByUrl = AppliedDirectives.SpecifiedByUrl(directives);
        var implementation = inputs.Scalars.GetValueOrDefault(entry.Name) ?? BuiltInScalars.FindPlatform(entry.Name);
        return implementation is null
            ? WithDirectives(new UnboundScalarType(entry.Name, description, specifiedByUrl), directives)
            : implementation.WithDefinition(description, specifiedByUrl, directives);
    }

    private static ScalarType WithDirectives(ScalarType scalar, ImmutableArray<DirectiveNode> directives)
    {
        scalar.SetDefinition(scalar.Description, directives);
        return scalar;
    }

    private void CompleteTypes()
    {
        foreach (var entry in _entries)
        {
            switch (entry.Type)
            {
                case ComplexType complex:
                    complex.Complete(BuildFields(entry), BuildInterfaces(entry));
                    break;
                case UnionType union:
                    union.Complete(BuildUnionMembers(entry));
                    break;
                case EnumType enumType:
                    enumType.Complete(BuildEnumValues(entry));
                    break;
                case InputObjectType input:
                    input.Complete(BuildInputFields(entry), AppliedDirectives.IsOneOf(entry.Directives));
                    break;
            }
        }
    }

    private ImmutableArray<InterfaceType> BuildInterfaces(TypeEntry entry)
    {
        var names = entry.Definition is ObjectTypeDefinitionNode objectType
            ? objectType.Interfaces.Concat(entry.Extensions.SelectMany(extension => ((ObjectTypeExtensionNode)extension).Interfaces))
            : ((InterfaceTypeDefinitionNode)entry.Definition).Interfaces.Concat(
                entry.Extensions.SelectMany(extension => ((InterfaceTypeExtensionNode)extension).Interfaces));
        var interfaces = ImmutableArray.CreateBuilder<InterfaceType>();
        foreach (var node in names)
        {
            var type = ResolveNamed(node.Name.Value, entry.Name);
            if (type is InterfaceType interfaceType)
            {
                if (interfaces.Contains(interfaceType))
                {
                    Error($"Type {entry.Name} can only implement {interfaceType.Name} once.", entry.Name);
                }
                else
                {
                    interfaces.Add(interfaceType);
                }
            }
            else if (type is not MissingType)
            {
                Error($"Type {entry.Name} must only implement Interface types, it cannot implement {type.Name}.", entry.Name);
            }
        }

        return interfaces.ToImmutable();
    }

    private ImmutableArray<ObjectType> BuildUnionMembers(TypeEntry entry)
    {
        var names = ((UnionTypeDefinitionNode)entry.Definition).Types
            .Concat(entry.Extensions.SelectMany(extension => ((UnionTypeExtensionNode)extension).Types));
        var members = ImmutableArray.CreateBuilder<ObjectType>();
        if (!names.Any())
        {
            Error($"Union type {entry.Name} must define one or more member types.", entry.Name);
        }

        foreach (var node in names)
        {
            var type = ResolveNamed(node.Name.Value, entry.Name);
            if (type is ObjectType objectType)
            {
                if (members.Contains(objectType))
                {
                    Error($"Union type {entry.Name} can only include type {objectType.Name} once.", entry.Name);
                }
                else
                {
                    members.Add(objectType);
                }
            }
            else if (type is not MissingType)
            {
                Error($"Union type {entry.Name} can only include Object types, it cannot include {type.Name}.", entry.Name);
            }
        }

        return members.ToImmutable();
    }

    /// <summary>Resolves a type reference; an unknown name is reported and replaced by a stand-in.</summary>
    private GraphQLType ResolveType(TypeNode node, string coordinate) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type, coordinate)),
        ListTypeNode list => new ListType(ResolveType(list.Type, coordinate)),
        _ => ResolveNamed(((NamedTypeNode)node).Name.Value, coordinate),
    };

    private NamedType ResolveNamed(string name, string coordinate)
    {
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        if ((BuiltInScalars.FindSpecified(name) ?? BuiltInScalars.FindPlatform(name)) is { } builtIn)
        {
            _types.Add(name, builtIn);
            _referencedOnly.Add(builtIn);
            return builtIn;
        }

        Error($"Unknown type \"{name}\" in {coordinate}.", coordinate);
        return new MissingType(name);
    }
}
