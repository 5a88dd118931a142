using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Platform.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the GraphQL language (September 2025 edition): executable
/// documents, type system definitions and extensions, and descriptions wherever the grammar
/// allows them. Every failure, including exceeding a <see cref="ParserOptions"/> limit, is a
/// <see cref="GraphQLSyntaxException"/>; hostile nesting ends in an error, never a stack overflow.
/// </summary>
public sealed partial class Parser
{
    private readonly Source _source;
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private Token _token;
    private int _previousEnd;
    private int _tokenCount;
    private int _depth;

    // Items of the lists being parsed, nested lists stacked above their parents; each finished
    // list is copied out once into an array of exactly its size.
    private SyntaxNode[] _listItems = new SyntaxNode[32];
    private int _listItemCount;

    private Parser(Source source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options ?? ParserOptions.Default;
        if (source.Text.Length > _options.MaxDocumentLength)
        {
            throw Error(_options.MaxDocumentLength, $"Document exceeds the maximum length of {_options.MaxDocumentLength} characters.", nameof(ParserOptions.MaxDocumentLength));
        }

        _lexer = new Lexer(source);
        _token = ReadToken();
    }

    /// <summary>Parses a document: operations, fragments, type system definitions and extensions.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a GraphQL document, or exceeds a limit.</exception>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    /// <inheritdoc cref="Parse(string, ParserOptions?)"/>
    public static DocumentNode Parse(Source source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal such as <c>{ ids: [1, 2], by: $user }</c>; variables are allowed.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one value, or exceeds a limit.</exception>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single type reference such as <c>[String!]!</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one type reference, or exceeds a limit.</exception>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private Token ReadToken()
    {
        var token = _lexer.Read();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(token.Start, $"Document exceeds the maximum of {_options.MaxTokens} tokens.", nameof(ParserOptions.MaxTokens));
        }

        return token;
    }

    private void Advance()
    {
        _previousEnd = _token.End;
        _token = ReadToken();
    }

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private bool PeekKeyword(string keyword) => _token.Kind == TokenKind.Name && _token.Value == keyword;

    /// <summary>Consumes the current token if it is of <paramref name="kind"/>.</summary>
    private bool Skip(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private bool SkipKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw Expected(kind);
        }

        Advance();
        return token;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!SkipKeyword(keyword))
        {
            throw Error(_token.Start, $"Expected \"{keyword}\", found {_token.Describe()}.");
        }
    }

    /// <summary>Consumes an opening <c>{</c> or <c>[</c> that nests: the point where depth is limited.</summary>
    private void ExpectNestingOpener(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            throw Expected(kind);
        }

        if (++_depth > _options.MaxDepth)
        {
            throw Error(_token.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.", nameof(ParserOptions.MaxDepth));
        }

        // A generous MaxDepth on a small stack (a thread-pool thread, say) must still end in an error.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(_token.Start, $"Document nesting of depth {_depth} is too deep for the parsing thread's stack.", nameof(ParserOptions.MaxDepth));
        }

        Advance();
    }

    private void ExitNesting() => _depth--;

    private Location? LocationFrom(in Token start) =>
        _options.NoLocation ? null : new Location(start.Start, _previousEnd, start.Line, start.Column);

    private GraphQLSyntaxException Expected(TokenKind kind) =>
        Error(_token.Start, $"Expected {Token.DescribeKind(kind)}, found {_token.Describe()}.");

    private GraphQLSyntaxException Unexpected() => Error(_token.Start, $"Unexpected {_token.Describe()}.");

    private GraphQLSyntaxException Error(int position, string description, string? exceededLimit = null) => new(_source, position, description, exceededLimit);

    private int BeginList() => _listItemCount;

    private void AddToList(SyntaxNode item)
    {
        if (_listItemCount == _listItems.Length)
        {
            Array.Resize(ref _listItems, _listItems.Length * 2);
        }

        _listItems[_listItemCount++] = item;
    }

    private ImmutableArray<T> EndList<T>(int start)
        where T : SyntaxNode
    {
        var count = _listItemCount - start;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = (T)_listItems[start + i];
        }

        _listItemCount = start;
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }
}
