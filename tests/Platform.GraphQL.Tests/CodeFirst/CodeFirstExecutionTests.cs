using System.Diagnostics;
using System.Security.Claims;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.CodeFirst;

public class CodeFirstExecutionTests
{
    private static readonly Schema _schema = new CodeFirstSchema()
        .AddQuery<PatientQueries>()
        .AddMutation<PatientMutations>()
        .ExtendType<Patient, PatientJourneys>()
        .Build();

    private static async Task<string> RunAsync(string query, params object[] services) =>
        (await ExecuteAsync(_schema, query, services: new Services([.. services, new PatientStore(), new JourneyBatchLog()]))).ToJson();

    [Fact]
    public async Task Execute_ScalarArgumentAndRenamedMembers_ReturnsThePatient()
    {
        var json = await RunAsync("{ patient(id: \"7c9e6679-7425-40de-944b-e07fc1f90ae7\") { id name birthDate status nickname initials } }");

        json.ShouldBe(Q("{'data':{'patient':{'id':'7c9e6679-7425-40de-944b-e07fc1f90ae7','name':'Alan Turing','birthDate':'1912-06-23','status':'ON_HOLD','nickname':null,'initials':'AT'}}}"));
    }

    [Fact]
    public async Task Execute_InputRecordWithEnumAndListFields_FiltersByThem()
    {
        var json = await RunAsync("{ patients(filter: { status: ACTIVE, tags: [\"vip\"] }) { name } none: patients(filter: { nameContains: \"Zed\" }) { name } }");

        json.ShouldBe(Q("{'data':{'patients':[{'name':'Ada Lovelace'}],'none':[]}}"));
    }

    [Fact]
    public async Task Execute_InputRecordFromVariables_IsBuiltLikeALiteral()
    {
        var result = await ExecuteAsync(
            _schema,
            "query($f: PatientFilterInput, $n: Int!) { patients(filter: $f, first: $n) { name } }",
            variables: "{\"f\":{\"status\":\"ON_HOLD\"},\"n\":5}",
            services: new Services(new PatientStore(), new JourneyBatchLog()));

        result.ToJson().ShouldBe(Q("{'data':{'patients':[{'name':'Alan Turing'}]}}"));
    }

    [Fact]
    public async Task Execute_DefaultArgumentValue_ComesFromTheCSharpDefault()
    {
        var json = await RunAsync("{ patients { name } }");

        json.ShouldBe(Q("{'data':{'patients':[{'name':'Ada Lovelace'},{'name':'Alan Turing'}]}}"));
    }

    [Fact]
    public async Task Execute_AsyncResolverWithEnumArgument_GetsTheRequestCancellationToken()
    {
        using var cancellation = new CancellationTokenSource();
        var result = await ExecuteAsync(_schema, "{ count(status: ACTIVE) }", services: new Services(new PatientStore()), cancellationToken: cancellation.Token);
        result.ToJson().ShouldBe(Q("{'data':{'count':1}}"));

        var probe = await ExecuteAsync(new CodeFirstSchema().AddQuery<StackProbe>().Build(), "{ cancellable }", cancellationToken: cancellation.Token);
        probe.ToJson().ShouldBe(Q("{'data':{'cancellable':true}}"));

        await cancellation.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(async () =>
            await ExecuteAsync(_schema, "{ count(status: ACTIVE) }", services: new Services(new PatientStore()), cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task Execute_Mutation_BuildsTheInputRecordAndUsesTheServiceParameter()
    {
        var store = new PatientStore();
        var result = await ExecuteAsync(
            _schema,
            "mutation { admit(input: { name: \"Grace Hopper\", birthDate: \"1906-12-09\", tags: [\"navy\"] }) { id name tags status } }",
            services: new Services(store, new JourneyBatchLog()));

        result.ToJson().ShouldBe(Q("{'data':{'admit':{'id':'11111111-2222-3333-4444-555555555555','name':'Grace Hopper','tags':['navy'],'status':'ACTIVE'}}}"));
        store.Patients[^1].BirthDate.ShouldBe(new DateOnly(1906, 12, 9));
    }

    [Fact]
    public async Task Execute_ExtensionFieldFromAnotherModule_GetsTheParentAndBatchesThroughTheDataLoader()
    {
        var log = new JourneyBatchLog();
        var json = await RunAsync("{ patients { name journeys { title steps cost } } }", log);

        json.ShouldBe(Q("{'data':{'patients':[{'name':'Ada Lovelace','journeys':[{'title':'Recovery of 0f8f','steps':3000000000,'cost':'12.5'}]},"
            + "{'name':'Alan Turing','journeys':[{'title':'Recovery of 7c9e','steps':3000000000,'cost':'12.5'}]}]}}"));
        log.Batches.ShouldBe(["0f8f,7c9e"]);
    }

    [Fact]
    public async Task Execute_ClaimsPrincipalParameter_IsTheServicesUserOrAnonymous()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "dr.house")], "test"));

        (await RunAsync("{ whoami }", user)).ShouldBe(Q("{'data':{'whoami':'dr.house'}}"));
        (await RunAsync("{ whoami }")).ShouldBe(Q("{'data':{'whoami':'anonymous'}}"));
    }

    [Fact]
    public async Task Execute_NonNullableMemberReturnsNull_PropagatesTheNullabilityError()
    {
        var result = await ExecuteAsync(_schema, "{ broken }", services: new Services(new PatientStore()));

        result.ToJson().ShouldBe(Q("{'errors':[{'message':'Cannot return null for non-nullable field Query.broken.','locations':[{'line':1,'column':3}],'path':['broken']}],'data':null}"));
    }

    [Fact]
    public async Task Execute_MissingService_NamesTheFieldAndTheService()
    {
        var result = await ExecuteAsync(_schema, "{ count(status: ACTIVE) }");

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "Query.count needs service Platform.GraphQL.Tests.CodeFirst.IPatientStore, which the request's services do not provide.");
    }

    [Fact]
    public async Task Resolve_CompiledResolver_IsCalledWithoutReflection()
    {
        StackTrace? seen = null;
        var schema = new CodeFirstSchema().AddQuery<StackProbe>().Build();
        var services = new Services(new Action<StackTrace>(trace => seen = trace));

        (await ExecuteAsync(schema, "{ probe }", services: services)).ToJson().ShouldBe(Q("{'data':{'probe':true}}"));

        seen.ShouldNotBeNull();
        // From the probe down to the test's call into the executor (xunit itself invokes tests by reflection).
        var frames = seen.GetFrames().Skip(1).TakeWhile(frame => frame.GetMethod()?.DeclaringType?.Namespace != "Platform.GraphQL.Tests.Execution").ToList();
        frames[0].GetMethod()!.Name.ShouldBe("Resolve_Query_probe");
        frames.Select(frame => frame.GetMethod()?.DeclaringType?.Namespace).ShouldNotContain("System.Reflection");
        schema.QueryType.Fields.Single(field => field.Name == "probe").Resolver!.Method.Name.ShouldBe("Resolve_Query_probe");
    }

    internal sealed class StackProbe
    {
        public static bool Probe([Service] Action<StackTrace> report)
        {
            report(new StackTrace());
            return true;
        }

        public static bool Cancellable(CancellationToken cancellationToken) => cancellationToken.CanBeCanceled;
    }
}
