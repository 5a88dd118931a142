using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Protection;

/// <summary>Unexpected resolver failures carry a stable code; the response can carry extensions; parser limits say which one broke.</summary>
public class UnexpectedErrorCodeTests
{
    private static readonly Schema _schema = Schema("type Query { broken: String fine: String }", builder => builder
        .AddResolver("Query", "broken", _ => throw new InvalidOperationException("Password=hunter2"))
        .AddResolver("Query", "fine", _ => throw new GraphQLException("Not yours.", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" })));

    [Fact]
    public async Task Execute_MessagesHiddenWithACode_ClientGetsTheCodeNotTheMessage()
    {
        var executor = new Executor(new ExecutorOptions { ExposeExceptionMessages = false, UnexpectedErrorCode = "INTERNAL_SERVER_ERROR" });

        var json = (await ExecuteAsync(_schema, "{ broken fine }", executor: executor)).ToJson();

        json.ShouldBe(Q("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':3}],'path':['broken'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},"
            + "{'message':'Not yours.','locations':[{'line':1,'column':10}],'path':['fine'],'extensions':{'code':'FORBIDDEN'}}],'data':{'broken':null,'fine':null}}"));
    }

    [Fact]
    public async Task Execute_MessagesShownWithACode_ClientGetsBoth()
    {
        var executor = new Executor(new ExecutorOptions { UnexpectedErrorCode = "INTERNAL_SERVER_ERROR" });

        var error = (await ExecuteAsync(_schema, "{ broken }", executor: executor)).Errors.ShouldHaveSingleItem();

        error.Message.ShouldBe("Password=hunter2");
        error.Extensions!["code"].ShouldBe("INTERNAL_SERVER_ERROR");
    }

    [Fact]
    public async Task Execute_WithoutACode_AddsNoExtensions()
    {
        (await ExecuteAsync(_schema, "{ broken }")).Errors.ShouldHaveSingleItem().Extensions.ShouldBeNull();
    }

    [Fact]
    public async Task WithExtensions_WritesThemAfterData()
    {
        var result = (await ExecuteAsync(_schema, "{ __typename }"))
            .WithExtensions(new Dictionary<string, object?> { ["cost"] = new Dictionary<string, object?> { ["requested"] = 1L, ["limit"] = 5000L } });

        result.ToJson().ShouldBe(Q("{'data':{'__typename':'Query'},'extensions':{'cost':{'requested':1,'limit':5000}}}"));
    }

    [Theory]
    [InlineData("{ a b c }", 4, 100, "MaxTokens")]
    [InlineData("{ abcdefghij }", 100, 5, "MaxDocumentLength")]
    [InlineData("{ a b }", 100, 100, null)]
    [InlineData("{ a ", 100, 100, null)]
    public void Parse_OverALimit_NamesTheLimit(string document, int maxTokens, int maxLength, string? limit)
    {
        var options = new ParserOptions { MaxTokens = maxTokens, MaxDocumentLength = maxLength };

        var exception = Record.Exception(() => Parser.Parse(document, options));

        (exception as GraphQLSyntaxException)?.ExceededLimit.ShouldBe(limit);
        if (limit is not null)
        {
            exception.ShouldBeOfType<GraphQLSyntaxException>();
        }
    }
}
