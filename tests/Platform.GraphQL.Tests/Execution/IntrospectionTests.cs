using System.Text.Json.Nodes;
using Platform.GraphQL.Tests.Conformance;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Schema introspection (specification section 4, September 2025 edition) answered by the executor.</summary>
public class IntrospectionTests
{
    private static readonly Platform.GraphQL.Types.Schema _schema = Schema(""""
        "The test schema."
        schema { query: Query }

        scalar Moment @specifiedBy(url: "https://example.com/moment")
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT

        input Pick @oneOf { a: Int, b: String @deprecated(reason: "Use a.") }
        input Defaults { a: Int = 3, b: [Int] = 1 }
        enum Mood { HAPPY, GRUMPY @deprecated }
        union Any = Query

        type Query {
          old(x: Int @deprecated(reason: "x is gone"), y: Float = 1.0, z: String = """block""", d: Defaults = {}): Int @deprecated
          when: Moment @tag(name: "a") @tag(name: "b")
          pick(p: Pick): Mood
          any: Any
        }
        """");

    [Fact]
    public async Task Execute_StandardIntrospectionQuery_RunsWithoutErrors()
    {
        var query = File.ReadAllText(Path.Combine(GraphQLJs.ConformanceDirectory, "corpus", "execute", "33-introspection-full.graphql"));

        var result = await ExecuteAsync(_schema, query);

        result.Errors.ShouldBeEmpty();
        var schema = JsonNode.Parse(result.ToJson())!["data"]!["__schema"]!;
        schema["description"]!.GetValue<string>().ShouldBe("The test schema.");
        var types = schema["types"]!.AsArray();
        types.Count.ShouldBe(_schema.Types.Length);
        Type(types, "Moment")["specifiedByURL"]!.GetValue<string>().ShouldBe("https://example.com/moment");
        Type(types, "Pick")["isOneOf"]!.GetValue<bool>().ShouldBeTrue();
        Type(types, "Query")["isOneOf"].ShouldBeNull();
        var tag = schema["directives"]!.AsArray().Single(directive => directive!["name"]!.GetValue<string>() == "tag")!;
        tag["isRepeatable"]!.GetValue<bool>().ShouldBeTrue();
        tag["locations"]!.ToJsonString().ShouldBe(Q("['FIELD_DEFINITION','OBJECT']"));
    }

    [Fact]
    public async Task Execute_IncludeDeprecated_DefaultsToHidingDeprecatedMembers()
    {
        var json = await JsonOfAsync(_schema, """
            {
              query: __type(name: "Query") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              old: __type(name: "Query") { fields(includeDeprecated: true) { args { name } all: args(includeDeprecated: true) { name deprecationReason } } }
              pick: __type(name: "Pick") { inputFields { name } all: inputFields(includeDeprecated: true) { name isDeprecated } }
              mood: __type(name: "Mood") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } }
            }
            """);

        var data = JsonNode.Parse(json)!["data"]!;
        Names(data["query"]!["fields"]).ShouldBe(["when", "pick", "any"]);
        data["query"]!["all"]![0]!.ToJsonString().ShouldBe(Q("{'name':'old','isDeprecated':true,'deprecationReason':'No longer supported'}"));
        Names(data["old"]!["fields"]![0]!["args"]).ShouldBe(["y", "z", "d"]);
        data["old"]!["fields"]![0]!["all"]![0]!.ToJsonString().ShouldBe(Q("{'name':'x','deprecationReason':'x is gone'}"));
        Names(data["pick"]!["inputFields"]).ShouldBe(["a"]);
        Names(data["pick"]!["all"]).ShouldBe(["a", "b"]);
        Names(data["mood"]!["enumValues"]).ShouldBe(["HAPPY"]);
        Names(data["mood"]!["all"]).ShouldBe(["HAPPY", "GRUMPY"]);
    }

    [Fact]
    public async Task Execute_DefaultValues_PrintTheCoercedValueAsGraphQLJsDoes()
    {
        var json = await JsonOfAsync(_schema, """{ __type(name: "Query") { fields(includeDeprecated: true) { args(includeDeprecated: true) { name defaultValue } } } }""");

        JsonNode.Parse(json)!["data"]!["__type"]!["fields"]![0]!["args"]!.ToJsonString().ShouldBe(Q(
            "[{'name':'x','defaultValue':null},{'name':'y','defaultValue':'1'},{'name':'z','defaultValue':'\\u0022block\\u0022'},{'name':'d','defaultValue':'{a: 3, b: [1]}'}]"));
    }

    [Fact]
    public async Task Execute_TypeNameAndTypeLookup_AnswerEverywhere()
    {
        var json = await JsonOfAsync(_schema, """{ __typename any { __typename } missing: __type(name: "Nope") { name } list: __type(name: "Query") { fields { type { kind ofType { name } } } } }""", new Dictionary<string, object?> { ["any"] = new Dictionary<string, object?> { ["__typename"] = "Query" } });

        json.ShouldBe(Q("{'data':{'__typename':'Query','any':{'__typename':'Query'},'missing':null,'list':{'fields':[{'type':{'kind':'SCALAR','ofType':null}},{'type':{'kind':'ENUM','ofType':null}},{'type':{'kind':'UNION','ofType':null}}]}}}"));
    }

    private static JsonNode Type(JsonArray types, string name) => types.Single(type => type!["name"]!.GetValue<string>() == name)!;

    private static List<string> Names(JsonNode? items) => [.. items!.AsArray().Select(item => item!["name"]!.GetValue<string>())];
}
