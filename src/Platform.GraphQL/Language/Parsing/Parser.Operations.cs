using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

public sealed partial class Parser
{
    private DocumentNode ParseDocument()
    {
        var definitions = BeginList();
        do
        {
            AddToList(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));

        var location = _options.NoLocation ? (Location?)null : new Location(0, _source.Text.Length, 1, 1);
        return new DocumentNode(EndList<DefinitionNode>(definitions), location);
    }

    /// <summary>
    /// Dispatches on the keyword after the optional description. Descriptions are allowed on
    /// operations, fragments and type system definitions, but not on the query shorthand or
    /// on extensions.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthandStart = _token;
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, selectionSet, location: LocationFrom(shorthandStart));
        }

        var start = _token;
        var description = ParseDescription();
        if (_token.Kind == TokenKind.Name)
        {
            switch (_token.Value)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition(start, description);
                case "fragment":
                    return ParseFragmentDefinition(start, description);
                case "schema":
                    return ParseSchemaDefinition(start, description);
                case "scalar":
                    return ParseScalarTypeDefinition(start, description);
                case "type":
                    return ParseObjectTypeDefinition(start, description);
                case "interface":
                    return ParseInterfaceTypeDefinition(start, description);
                case "union":
                    return ParseUnionTypeDefinition(start, description);
                case "enum":
                    return ParseEnumTypeDefinition(start, description);
                case "input":
                    return ParseInputObjectTypeDefinition(start, description);
                case "directive":
                    return ParseDirectiveDefinition(start, description);
                case "extend" when description is null:
                    return ParseTypeSystemExtension();
                case "extend":
                    throw Error(start.Start, "Unexpected description: extensions cannot have one.");
            }
        }

        if (description is not null && Peek(TokenKind.LeftBrace))
        {
            throw Error(start.Start, "Unexpected description: the query shorthand cannot have one; write \"query { ... }\" instead.");
        }

        throw Unexpected();
    }

    private OperationDefinitionNode ParseOperationDefinition(Token start, StringValueNode? description)
    {
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, selectionSet, name, variableDefinitions, directives, description, LocationFrom(start));
    }

    private OperationType ParseOperationType()
    {
        if (_token.Kind != TokenKind.Name)
        {
            throw Expected(TokenKind.Name);
        }

        OperationType operation = _token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(),
        };
        Advance();
        return operation;
    }

    private ImmutableArray<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var definitions = BeginList();
        do
        {
            AddToList(ParseVariableDefinition());
        }
        while (!Skip(TokenKind.RightParenthesis));

        return EndList<VariableDefinitionNode>(definitions);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, description, LocationFrom(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition(Token start, StringValueNode? description)
    {
        ExpectKeyword("fragment");
        if (PeekKeyword("on"))
        {
            throw Error(_token.Start, "Unexpected Name \"on\": a fragment cannot be named \"on\".");
        }

        var name = ParseName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, selectionSet, directives, description, LocationFrom(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token;
        ExpectNestingOpener(TokenKind.LeftBrace);
        var selections = BeginList();
        do
        {
            AddToList(Peek(TokenKind.Spread) ? ParseFragmentSelection() : ParseField());
        }
        while (!Skip(TokenKind.RightBrace));

        ExitNesting();
        return new SelectionSetNode(EndList<SelectionNode>(selections), LocationFrom(start));
    }

    private FieldNode ParseField()
    {
        var start = _token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(name, alias, arguments, directives, selectionSet, LocationFrom(start));
    }

    /// <summary><c>...Name</c> is a fragment spread; <c>... on Type</c> and <c>... @dir</c> and <c>... {</c> are inline fragments.</summary>
    private SelectionNode ParseFragmentSelection()
    {
        var start = _token;
        Advance();
        var hasTypeCondition = SkipKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, LocationFrom(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(selectionSet, typeCondition, directives, LocationFrom(start));
    }
}
