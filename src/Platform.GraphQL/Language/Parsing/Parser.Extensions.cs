namespace Platform.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <c>extend schema|scalar|type|interface|union|enum|input ...</c>. An extension must add
    /// something (directives, interfaces, members); one that adds nothing is a syntax error at
    /// the token where the addition was expected.
    /// </summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        var keyword = _token.Kind == TokenKind.Name ? _token.Value : null;
        switch (keyword)
        {
            case "schema":
                return ParseSchemaExtension(start);
            case "scalar":
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                return directives.IsEmpty ? throw Unexpected() : new ScalarTypeExtensionNode(name, directives, LocationFrom(start));
            }

            case "type":
            {
                Advance();
                var name = ParseName();
                var interfaces = ParseImplementsInterfaces();
                var directives = ParseDirectives(isConst: true);
                var fields = ParseFieldsDefinition();
                return interfaces.IsEmpty && directives.IsEmpty && fields.IsEmpty
                    ? throw Unexpected()
                    : new ObjectTypeExtensionNode(name, fields, interfaces, directives, LocationFrom(start));
            }

            case "interface":
            {
                Advance();
                var name = ParseName();
                var interfaces = ParseImplementsInterfaces();
                var directives = ParseDirectives(isConst: true);
                var fields = ParseFieldsDefinition();
                return interfaces.IsEmpty && directives.IsEmpty && fields.IsEmpty
                    ? throw Unexpected()
                    : new InterfaceTypeExtensionNode(name, fields, interfaces, directives, LocationFrom(start));
            }

            case "union":
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                var types = ParseUnionMemberTypes();
                return directives.IsEmpty && types.IsEmpty
                    ? throw Unexpected()
                    : new UnionTypeExtensionNode(name, types, directives, LocationFrom(start));
            }

            case "enum":
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                var values = ParseEnumValuesDefinition();
                return directives.IsEmpty && values.IsEmpty
                    ? throw Unexpected()
                    : new EnumTypeExtensionNode(name, values, directives, LocationFrom(start));
            }

            case "input":
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                var fields = ParseInputFieldsDefinition();
                return directives.IsEmpty && fields.IsEmpty
                    ? throw Unexpected()
                    : new InputObjectTypeExtensionNode(name, fields, directives, LocationFrom(start));
            }

            default:
                throw Unexpected();
        }
    }

    private SchemaExtensionNode ParseSchemaExtension(Token start)
    {
        Advance();
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Peek(TokenKind.LeftBrace) ? ParseRootOperationTypes() : [];
        return directives.IsEmpty && operationTypes.IsEmpty
            ? throw Unexpected()
            : new SchemaExtensionNode(directives, operationTypes, LocationFrom(start));
    }
}
