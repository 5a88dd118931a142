using System.Collections.Immutable;

namespace Platform.GraphQL.Language;

public sealed partial class Parser
{
    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!, LocationFrom(token));
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        var name = ParseName();
        return new NamedTypeNode(name, LocationFrom(start));
    }

    private VariableNode ParseVariable()
    {
        var start = _token;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, LocationFrom(start));
    }

    /// <summary>A description is a string literal before a definition; null when the current token is not one.</summary>
    private StringValueNode? ParseDescription() =>
        Peek(TokenKind.StringValue) || Peek(TokenKind.BlockString) ? ParseStringLiteral() : null;

    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, LocationFrom(token));
    }

    /// <summary><c>(name: value, ...)</c>; empty when there is no opening parenthesis.</summary>
    private ImmutableArray<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!Skip(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var arguments = BeginList();
        do
        {
            var start = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            AddToList(new ArgumentNode(name, value, LocationFrom(start)));
        }
        while (!Skip(TokenKind.RightParenthesis));

        return EndList<ArgumentNode>(arguments);
    }

    private ImmutableArray<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = BeginList();
        do
        {
            var start = _token;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            AddToList(new DirectiveNode(name, arguments, LocationFrom(start)));
        }
        while (Peek(TokenKind.At));

        return EndList<DirectiveNode>(directives);
    }

    /// <summary>A value; when <paramref name="isConst"/> (default values, type system directives) variables are rejected.</summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseListValue(isConst);
            case TokenKind.LeftBrace:
                return ParseObjectValue(isConst);
            case TokenKind.IntValue:
                Advance();
                return new IntValueNode(token.Value!, LocationFrom(token));
            case TokenKind.FloatValue:
                Advance();
                return new FloatValueNode(token.Value!, LocationFrom(token));
            case TokenKind.StringValue or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, LocationFrom(token)),
                    "false" => new BooleanValueNode(false, LocationFrom(token)),
                    "null" => new NullValueNode(LocationFrom(token)),
                    _ => new EnumValueNode(token.Value!, LocationFrom(token)),
                };
            case TokenKind.Dollar when isConst:
                Advance();
                var shown = Peek(TokenKind.Name) ? $"variable \"${_token.Value}\"" : "\"$\"";
                throw Error(token.Start, $"Unexpected {shown} in constant value.");
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private ListValueNode ParseListValue(bool isConst)
    {
        var start = _token;
        ExpectNestingOpener(TokenKind.LeftBracket);
        var values = BeginList();
        while (!Skip(TokenKind.RightBracket))
        {
            AddToList(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(EndList<ValueNode>(values), LocationFrom(start));
    }

    private ObjectValueNode ParseObjectValue(bool isConst)
    {
        var start = _token;
        ExpectNestingOpener(TokenKind.LeftBrace);
        var fields = BeginList();
        while (!Skip(TokenKind.RightBrace))
        {
            var fieldStart = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            AddToList(new ObjectFieldNode(name, value, LocationFrom(fieldStart)));
        }

        ExitNesting();
        return new ObjectValueNode(EndList<ObjectFieldNode>(fields), LocationFrom(start));
    }

    /// <summary><c>Name</c>, <c>[Type]</c>, either followed by <c>!</c>; list nesting counts toward <see cref="ParserOptions.MaxDepth"/>.</summary>
    private TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (Peek(TokenKind.LeftBracket))
        {
            ExpectNestingOpener(TokenKind.LeftBracket);
            var itemType = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            ExitNesting();
            type = new ListTypeNode(itemType, LocationFrom(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type, LocationFrom(start)) : type;
    }
}
