using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

public sealed partial class Parser
{
    private static readonly FrozenSet<string> _directiveLocations = FrozenSet.Create(
        StringComparer.Ordinal,
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION");

    private SchemaDefinitionNode ParseSchemaDefinition(Token start, StringValueNode? description)
    {
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseRootOperationTypes();
        return new SchemaDefinitionNode(operationTypes, directives, description, LocationFrom(start));
    }

    /// <summary><c>{ query: Query mutation: Mutation }</c>; at least one.</summary>
    private ImmutableArray<RootOperationTypeDefinitionNode> ParseRootOperationTypes()
    {
        Expect(TokenKind.LeftBrace);
        var operationTypes = BeginList();
        do
        {
            var start = _token;
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            var type = ParseNamedType();
            AddToList(new RootOperationTypeDefinitionNode(operation, type, LocationFrom(start)));
        }
        while (!Skip(TokenKind.RightBrace));

        return EndList<RootOperationTypeDefinitionNode>(operationTypes);
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition(Token start, StringValueNode? description)
    {
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(name, directives, description, LocationFrom(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition(Token start, StringValueNode? description)
    {
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(name, fields, interfaces, directives, description, LocationFrom(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition(Token start, StringValueNode? description)
    {
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(name, fields, interfaces, directives, description, LocationFrom(start));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition(Token start, StringValueNode? description)
    {
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(name, types, directives, description, LocationFrom(start));
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition(Token start, StringValueNode? description)
    {
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(name, values, directives, description, LocationFrom(start));
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition(Token start, StringValueNode? description)
    {
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(name, fields, directives, description, LocationFrom(start));
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition(Token start, StringValueNode? description)
    {
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var isRepeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(name, locations, arguments, isRepeatable, description, LocationFrom(start));
    }

    /// <summary><c>| QUERY | FIELD</c>: a leading pipe is allowed; only the specification's locations are accepted.</summary>
    private ImmutableArray<NameNode> ParseDirectiveLocations()
    {
        Skip(TokenKind.Pipe);
        var locations = BeginList();
        do
        {
            if (!Peek(TokenKind.Name) || !_directiveLocations.Contains(_token.Value!))
            {
                throw Error(_token.Start, $"Expected a directive location ({string.Join(", ", _directiveLocations.Order(StringComparer.Ordinal))}), found {_token.Describe()}.");
            }

            AddToList(ParseName());
        }
        while (Skip(TokenKind.Pipe));

        return EndList<NameNode>(locations);
    }

    /// <summary><c>implements &amp; A &amp; B</c>: a leading ampersand is allowed; empty without the keyword.</summary>
    private ImmutableArray<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!SkipKeyword("implements"))
        {
            return [];
        }

        Skip(TokenKind.Ampersand);
        var interfaces = BeginList();
        do
        {
            AddToList(ParseNamedType());
        }
        while (Skip(TokenKind.Ampersand));

        return EndList<NamedTypeNode>(interfaces);
    }

    /// <summary><c>= | A | B</c>: a leading pipe is allowed; empty without the equals sign.</summary>
    private ImmutableArray<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!Skip(TokenKind.EqualsSign))
        {
            return [];
        }

        Skip(TokenKind.Pipe);
        var types = BeginList();
        do
        {
            AddToList(ParseNamedType());
        }
        while (Skip(TokenKind.Pipe));

        return EndList<NamedTypeNode>(types);
    }
}
