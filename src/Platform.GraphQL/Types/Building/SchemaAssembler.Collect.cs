using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Gathering: every definition by name, every extension, the schema definition.</summary>
internal sealed partial class SchemaAssembler
{
    private void Collect(IEnumerable<DefinitionNode> definitions, bool isBuiltIn)
    {
        foreach (var definition in definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    CollectType(type, isBuiltIn);
                    break;
                case TypeExtensionNode extension:
                    _extensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    _directiveNodes.Add((directive, isBuiltIn));
                    break;
                case SchemaDefinitionNode schema:
                    if (_schemaDefinitions.Count > 0)
                    {
                        Error("Must provide only one schema definition.");
                    }

                    _schemaDefinitions.Add(schema);
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                case OperationDefinitionNode operation:
                    Error($"A schema document cannot contain operations; found {(operation.Name is null ? "an anonymous operation" : $"operation \"{operation.Name.Value}\"")}.");
                    break;
                default:
                    Error($"A schema document cannot contain fragments or other executable definitions; found {definition.Kind}.");
                    break;
            }
        }
    }

    private void CollectType(TypeDefinitionNode type, bool isBuiltIn)
    {
        var name = type.Name.Value;
        if (BuiltInScalars.IsSpecifiedName(name))
        {
            // Declaring a specified scalar is harmless (and common in generated files); redefining it is not.
            if (type is not ScalarTypeDefinitionNode)
            {
                Error($"Type \"{name}\" already exists in the schema. It cannot also be defined in this type definition.", name);
            }

            return;
        }

        if (_entriesByName.ContainsKey(name))
        {
            Error($"There can be only one type named \"{name}\".", name);
            return;
        }

        if (inputs.Scalars.ContainsKey(name) && type is not ScalarTypeDefinitionNode)
        {
            Error($"Type \"{name}\" is defined as {Describe(type)} but was also added to the builder as a scalar.", name);
            return;
        }

        var entry = new TypeEntry(type, isBuiltIn);
        _entries.Add(entry);
        _entriesByName.Add(name, entry);
    }

    private void AttachExtensions()
    {
        foreach (var extension in _extensions)
        {
            var name = extension.Name.Value;
            if (!_entriesByName.TryGetValue(name, out var entry))
            {
                Error($"Cannot extend type \"{name}\" because it is not defined.", name);
            }
            else if (!IsExtensionOf(extension, entry.Definition))
            {
                Error($"Cannot extend non-{ExtensionKindName(extension)} type \"{name}\".", name);
            }
            else if (entry.IsBuiltIn)
            {
                Error($"Cannot extend introspection type \"{name}\".", name);
            }
            else
            {
                entry.Extensions.Add(extension);
            }
        }
    }

    private static bool IsExtensionOf(TypeExtensionNode extension, TypeDefinitionNode definition) => (extension, definition) switch
    {
        (ScalarTypeExtensionNode, ScalarTypeDefinitionNode) => true,
        (ObjectTypeExtensionNode, ObjectTypeDefinitionNode) => true,
        (InterfaceTypeExtensionNode, InterfaceTypeDefinitionNode) => true,
        (UnionTypeExtensionNode, UnionTypeDefinitionNode) => true,
        (EnumTypeExtensionNode, EnumTypeDefinitionNode) => true,
        (InputObjectTypeExtensionNode, InputObjectTypeDefinitionNode) => true,
        _ => false,
    };

    private static string ExtensionKindName(TypeExtensionNode extension) => extension switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private static string KindName(TypeDefinitionNode definition) => definition switch
    {
        ScalarTypeDefinitionNode => "scalar",
        ObjectTypeDefinitionNode => "object",
        InterfaceTypeDefinitionNode => "interface",
        UnionTypeDefinitionNode => "union",
        EnumTypeDefinitionNode => "enum",
        _ => "input object",
    };

    private static string Describe(TypeDefinitionNode definition) => definition switch
    {
        ObjectTypeDefinitionNode => "an object type",
        InterfaceTypeDefinitionNode => "an interface",
        InputObjectTypeDefinitionNode => "an input object type",
        _ => "a " + KindName(definition) + " type",
    };
}
