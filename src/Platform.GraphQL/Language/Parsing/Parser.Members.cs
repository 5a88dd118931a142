using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary><c>{ field: Type ... }</c> of an object or interface; empty without the brace, at least one field with it.</summary>
    private ImmutableArray<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!Skip(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = BeginList();
        do
        {
            var start = _token;
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentsDefinition();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(isConst: true);
            AddToList(new FieldDefinitionNode(name, type, arguments, directives, description, LocationFrom(start)));
        }
        while (!Skip(TokenKind.RightBrace));

        return EndList<FieldDefinitionNode>(fields);
    }

    /// <summary><c>(arg: Type = default ...)</c> of a field or directive; empty without the parenthesis.</summary>
    private ImmutableArray<InputValueDefinitionNode> ParseArgumentsDefinition() =>
        ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    /// <summary><c>{ field: Type = default ... }</c> of an input object; empty without the brace.</summary>
    private ImmutableArray<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);

    private ImmutableArray<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!Skip(open))
        {
            return [];
        }

        var definitions = BeginList();
        do
        {
            var start = _token;
            var description = ParseDescription();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = Skip(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            AddToList(new InputValueDefinitionNode(name, type, defaultValue, directives, description, LocationFrom(start)));
        }
        while (!Skip(close));

        return EndList<InputValueDefinitionNode>(definitions);
    }

    /// <summary><c>{ VALUE @dir ... }</c> of an enum; empty without the brace.</summary>
    private ImmutableArray<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!Skip(TokenKind.LeftBrace))
        {
            return [];
        }

        var values = BeginList();
        do
        {
            var start = _token;
            var description = ParseDescription();
            if (Peek(TokenKind.Name) && _token.Value is "true" or "false" or "null")
            {
                throw Error(_token.Start, $"Name \"{_token.Value}\" is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            AddToList(new EnumValueDefinitionNode(name, directives, description, LocationFrom(start)));
        }
        while (!Skip(TokenKind.RightBrace));

        return EndList<EnumValueDefinitionNode>(values);
    }
}
