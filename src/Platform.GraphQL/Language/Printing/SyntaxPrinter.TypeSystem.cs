using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

internal sealed partial class SyntaxPrinter
{
    private void WriteTypeSystem(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                Write("schema");
                WriteDirectives(schema.Directives);
                WriteMembers(schema.OperationTypes);
                break;
            case RootOperationTypeDefinitionNode root:
                Write(root.Operation switch
                {
                    OperationType.Query => "query: ",
                    OperationType.Mutation => "mutation: ",
                    _ => "subscription: ",
                });
                Write(root.Type.Name.Value);
                break;
            case ScalarTypeDefinitionNode scalar:
                WriteTypeHeader("scalar ", scalar);
                break;
            case ObjectTypeDefinitionNode objectType:
                WriteTypeHeader("type ", objectType, objectType.Interfaces);
                WriteMembers(objectType.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WriteTypeHeader("interface ", interfaceType, interfaceType.Interfaces);
                WriteMembers(interfaceType.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WriteTypeHeader("union ", union);
                WriteUnionMembers(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteTypeHeader("enum ", enumType);
                WriteMembers(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteTypeHeader("input ", input);
                WriteMembers(input.Fields);
                break;
            case DirectiveDefinitionNode directive:
                WriteDirectiveDefinition(directive);
                break;
            case FieldDefinitionNode field:
                WriteDescription(field.Description);
                Write(field.Name.Value);
                WriteParenthesizedList(field.Arguments);
                Write(": ");
                WriteNode(field.Type);
                WriteDirectives(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                WriteDescription(inputValue.Description);
                Write(inputValue.Name.Value);
                Write(": ");
                WriteNode(inputValue.Type);
                WriteDefaultValue(inputValue.DefaultValue);
                WriteDirectives(inputValue.Directives);
                break;
            case EnumValueDefinitionNode enumValue:
                WriteDescription(enumValue.Description);
                Write(enumValue.Name.Value);
                WriteDirectives(enumValue.Directives);
                break;
            default:
                WriteExtension(node);
                break;
        }
    }

    private void WriteExtension(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaExtensionNode schema:
                Write("extend schema");
                WriteDirectives(schema.Directives);
                WriteMembers(schema.OperationTypes);
                break;
            case ScalarTypeExtensionNode scalar:
                WriteExtensionHeader("extend scalar ", scalar);
                break;
            case ObjectTypeExtensionNode objectType:
                WriteExtensionHeader("extend type ", objectType, objectType.Interfaces);
                WriteMembers(objectType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceType:
                WriteExtensionHeader("extend interface ", interfaceType, interfaceType.Interfaces);
                WriteMembers(interfaceType.Fields);
                break;
            case UnionTypeExtensionNode union:
                WriteExtensionHeader("extend union ", union);
                WriteUnionMembers(union.Types);
                break;
            case EnumTypeExtensionNode enumType:
                WriteExtensionHeader("extend enum ", enumType);
                WriteMembers(enumType.Values);
                break;
            case InputObjectTypeExtensionNode input:
                WriteExtensionHeader("extend input ", input);
                WriteMembers(input.Fields);
                break;
            default:
                throw new ArgumentException($"The printer does not know nodes of type {node.GetType().Name}.", nameof(node));
        }
    }

    /// <summary>Description, keyword, name, <c>implements A &amp; B</c>, directives.</summary>
    private void WriteTypeHeader(string keyword, TypeDefinitionNode type, ImmutableArray<NamedTypeNode> interfaces = default)
    {
        WriteDescription(type.Description);
        Write(keyword);
        Write(type.Name.Value);
        WriteImplements(interfaces);
        WriteDirectives(type.Directives);
    }

    private void WriteExtensionHeader(string keyword, TypeExtensionNode type, ImmutableArray<NamedTypeNode> interfaces = default)
    {
        Write(keyword);
        Write(type.Name.Value);
        WriteImplements(interfaces);
        WriteDirectives(type.Directives);
    }

    private void WriteImplements(ImmutableArray<NamedTypeNode> interfaces)
    {
        if (!interfaces.IsDefaultOrEmpty)
        {
            Write(" implements ");
            WriteJoined(interfaces, " & ");
        }
    }

    private void WriteUnionMembers(ImmutableArray<NamedTypeNode> types)
    {
        if (!types.IsEmpty)
        {
            Write(" = ");
            WriteJoined(types, " | ");
        }
    }

    /// <summary>A member block after a space; nothing when there are no members.</summary>
    private void WriteMembers<T>(ImmutableArray<T> members)
        where T : SyntaxNode
    {
        if (!members.IsEmpty)
        {
            Write(' ');
            WriteBlock(members);
        }
    }

    private void WriteDirectiveDefinition(DirectiveDefinitionNode directive)
    {
        WriteDescription(directive.Description);
        Write("directive @");
        Write(directive.Name.Value);
        WriteParenthesizedList(directive.Arguments);
        if (directive.IsRepeatable)
        {
            Write(" repeatable");
        }

        Write(" on ");
        WriteJoined(directive.Locations, " | ");
    }
}
