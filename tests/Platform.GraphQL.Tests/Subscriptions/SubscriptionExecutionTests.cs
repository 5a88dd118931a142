using System.Security.Claims;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.CodeFirst;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Subscriptions;

public class SubscriptionExecutionTests
{
    private static readonly Schema _schema = new CodeFirstSchema()
        .AddQuery<VitalsQueries>()
        .AddAnnotated(typeof(VitalsSubscriptions))
        .Build();

    private static readonly ClaimsPrincipal _nurse = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, "nurse")], "test"));

    private static ValueTask<SubscriptionResult> SubscribeAsync(string query, VitalsFeed feed, ClaimsPrincipal? user = null, string? variables = null, Schema? schema = null) =>
        Executor.Default.SubscribeAsync(new ExecutionRequest
        {
            Schema = schema ?? _schema,
            Document = Parser.Parse(query),
            VariablesJson = variables is null ? default : Json(variables),
            Services = new Services(feed, user ?? _nurse),
        });

    private static async Task<List<string>> TakeAsync(ActiveSubscription subscription, int count)
    {
        var results = new List<string>();
        await foreach (var result in subscription.ReadAsync())
        {
            results.Add(result.ToJson());
            if (results.Count == count)
            {
                break;
            }
        }

        return results;
    }

    [Fact]
    public void CodeFirstSubscriptionType_PrintsAsTheSubscriptionRoot()
    {
        var sdl = _schema.ToString();

        _schema.SubscriptionType!.Name.ShouldBe("Subscription");
        _schema.SubscriptionType.FindField("vitalSigns")!.Type.ToString().ShouldBe("VitalSign!");
        _schema.SubscriptionType.FindField("pulses")!.Type.ToString().ShouldBe("Int!");
        _schema.SubscriptionType.FindField("vitalSigns")!.Arguments.Select(a => $"{a.Name}: {a.Type}").ShouldBe(["patientId: String!", "alarmingOnly: Boolean!"]);
        sdl.ShouldNotBeNull();
    }

    [Fact]
    public async Task Subscribe_EachEvent_IsAFreshExecutionOfTheSelectionSetWithTheEventAsValue()
    {
        var feed = new VitalsFeed();
        var subscribed = await SubscribeAsync("subscription { vitalSigns(patientId: \"p1\") { pulse ward alarming __typename } }", feed);
        subscribed.IsStarted.ShouldBeTrue();
        await using var subscription = subscribed.Stream;

        feed.Publish(new VitalSign("p2", 80, "B"));
        feed.Publish(new VitalSign("p1", 72, "A"));
        feed.Publish(new VitalSign("p1", 140, "A"));

        var results = await TakeAsync(subscription, 2);

        results.ShouldBe([
            Q("{'data':{'vitalSigns':{'pulse':72,'ward':'A','alarming':false,'__typename':'VitalSign'}}}"),
            Q("{'data':{'vitalSigns':{'pulse':140,'ward':'A','alarming':true,'__typename':'VitalSign'}}}"),
        ]);
    }

    [Fact]
    public async Task Subscribe_ArgumentsFromVariables_FilterTheEvents()
    {
        var feed = new VitalsFeed();
        var subscribed = await SubscribeAsync(
            "subscription Watch($id: String!, $alarms: Boolean!) { vitalSigns(patientId: $id, alarmingOnly: $alarms) { pulse } }", feed, variables: "{\"id\":\"p1\",\"alarms\":true}");
        await using var subscription = subscribed.Stream!;

        feed.Publish(new VitalSign("p1", 72, "A"));
        feed.Publish(new VitalSign("p1", 30, "A"));

        (await TakeAsync(subscription, 1)).ShouldBe([Q("{'data':{'vitalSigns':{'pulse':30}}}")]);
    }

    [Fact]
    public async Task Subscribe_FieldErrorInOneEvent_IsReportedForThatEventAndTheStreamGoesOn()
    {
        var feed = new VitalsFeed();
        await using var subscription = (await SubscribeAsync("subscription { vitalSigns(patientId: \"p1\") { pulse sensor } }", feed)).Stream!;

        feed.Publish(new VitalSign("p1", 0, "A"));
        feed.Publish(new VitalSign("p1", 60, "A"));

        (await TakeAsync(subscription, 2)).ShouldBe([
            Q("{'errors':[{'message':'sensor disconnected','locations':[{'line':1,'column':52}],'path':['vitalSigns','sensor']}],'data':null}"),
            Q("{'data':{'vitalSigns':{'pulse':60,'sensor':'ok'}}}"),
        ]);
    }

    [Fact]
    public async Task Subscribe_StreamOfAValueTypeInATask_IsBoxedPerEvent()
    {
        var feed = new VitalsFeed();
        await using var subscription = (await SubscribeAsync("subscription { beat: pulses }", feed)).Stream!;

        feed.Publish(new VitalSign("p1", 61, "A"));
        feed.Publish(new VitalSign("p2", 62, "A"));

        (await TakeAsync(subscription, 2)).ShouldBe([Q("{'data':{'beat':61}}"), Q("{'data':{'beat':62}}")]);
    }

    [Fact]
    public async Task Subscribe_SourceEndsOrFails_TheResponseStreamEndsTooWithTheErrorLast()
    {
        var feed = new VitalsFeed();
        await using var subscription = (await SubscribeAsync("subscription { vitalSigns(patientId: \"p1\") { pulse } }", feed)).Stream!;
        feed.Publish(new VitalSign("p1", 70, "A"));
        feed.Close(new InvalidOperationException("monitor offline"));

        var results = new List<string>();
        await foreach (var result in subscription.ReadAsync())
        {
            results.Add(result.ToJson());
        }

        results.ShouldBe([Q("{'data':{'vitalSigns':{'pulse':70}}}"), Q("{'errors':[{'message':'monitor offline'}]}")]);
        feed.ReadersEnded.ShouldBe(1);
    }

    [Fact]
    public async Task Subscribe_ReaderStops_DisposesTheSourceStream()
    {
        var feed = new VitalsFeed();
        await using var subscription = (await SubscribeAsync("subscription { vitalSigns(patientId: \"p1\") { pulse } }", feed)).Stream!;
        feed.Publish(new VitalSign("p1", 70, "A"));

        await TakeAsync(subscription, 1);

        feed.ReadersStarted.ShouldBe(1);
        feed.ReadersEnded.ShouldBe(1);
    }

    [Fact]
    public async Task Subscribe_Cancelled_DisposesTheSourceStreamAndThrows()
    {
        var feed = new VitalsFeed();
        await using var subscription = (await SubscribeAsync("subscription { vitalSigns(patientId: \"p1\") { pulse } }", feed)).Stream!;
        using var cancellation = new CancellationTokenSource();
        feed.Publish(new VitalSign("p1", 70, "A"));

        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in subscription.ReadAsync(cancellation.Token))
            {
                result.Errors.ShouldBeEmpty();
                await cancellation.CancelAsync();
            }
        });

        feed.ReadersEnded.ShouldBe(1);
    }

    [Fact]
    public async Task Subscribe_SecondRead_IsRefused()
    {
        var feed = new VitalsFeed();
        await using var subscription = (await SubscribeAsync("subscription { pulses }", feed)).Stream!;
        feed.Publish(new VitalSign("p1", 70, "A"));
        await TakeAsync(subscription, 1);

        await Should.ThrowAsync<InvalidOperationException>(async () => await TakeAsync(subscription, 1));
    }

    [Fact]
    public async Task Subscribe_SubscriberThrows_FailsWithTheErrorAtTheRootField()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        var subscribed = await SubscribeAsync("subscription {\n  vitalSigns(patientId: \"p1\") { pulse } }", new VitalsFeed(), anonymous);

        // The method is an async iterator: its first lines run on the first read, so the failure
        // arrives as the stream's last result rather than at subscribe time.
        await using var subscription = subscribed.Stream!;
        (await TakeAsync(subscription, 1)).ShouldBe([Q("{'errors':[{'message':'Only nurses may watch vital signs.'}]}")]);
    }

    [Fact]
    public async Task Subscribe_SdlSubscriberThatThrowsAtOnce_FailsWithPathAndLocations()
    {
        var schema = Schema(
            "type Query { a: Int } type Subscription { ticks(from: Int!): Int }",
            b => b.AddSubscriber("Subscription", "ticks", _ => throw new GraphQLException("no ticks today")));

        var subscribed = await SubscribeAsync("subscription {\n  ticks(from: 1) }", new VitalsFeed(), schema: schema);

        subscribed.IsStarted.ShouldBeFalse();
        subscribed.Failure.ToJson().ShouldBe(Q("{'errors':[{'message':'no ticks today','locations':[{'line':2,'column':3}],'path':['ticks']}]}"));
    }

    [Fact]
    public async Task Subscribe_SdlFieldWithoutResolver_ReadsTheFieldFromTheEvent()
    {
        var schema = Schema(
            "type Query { a: Int } type Subscription { tick(from: Int!): Tick } type Tick { n: Int }",
            b => b.AddSubscriber("Subscription", "tick", context => new ValueTask<IAsyncEnumerable<object?>>(Ticks((int)context.Arguments["from"]!))));

        await using var subscription = (await SubscribeAsync("subscription { tick(from: 5) { n } }", new VitalsFeed(), schema: schema)).Stream!;

        (await TakeAsync(subscription, 3)).ShouldBe([
            Q("{'data':{'tick':{'n':5}}}"), Q("{'data':{'tick':{'n':6}}}"), Q("{'data':{'tick':{'n':7}}}"),
        ]);

        static async IAsyncEnumerable<object?> Ticks(int from)
        {
            for (var n = from; n < from + 3; n++)
            {
                await Task.Yield();
                yield return new Dictionary<string, object?> { ["tick"] = new Dictionary<string, object?> { ["n"] = n } };
            }
        }
    }

    [Fact]
    public async Task Subscribe_UnreadStreamDisposed_DisposesADisposableSource()
    {
        var source = new DisposableSource();
        var schema = Schema(
            "type Query { a: Int } type Subscription { tick: Int }",
            b => b.AddSubscriber("Subscription", "tick", _ => new ValueTask<IAsyncEnumerable<object?>>(source)));

        var subscribed = await SubscribeAsync("subscription { tick }", new VitalsFeed(), schema: schema);
        await subscribed.Stream!.DisposeAsync();

        source.Disposed.ShouldBeTrue();
    }

    [Theory]
    [InlineData("subscription { vitalSigns(patientId: $id) { pulse } }", "Argument \"patientId\" of required type \"String!\" was provided the variable \"$id\" which was not provided a runtime value.")]
    [InlineData("subscription S($id: String!) { vitalSigns(patientId: $id) { pulse } }", "Variable \"$id\" of required type \"String!\" was not provided.")]
    [InlineData("query { ping }", "SubscribeAsync starts subscription operations; this is a query: run it with ExecuteAsync.")]
    [InlineData("subscription A { pulses } subscription B { pulses }", "Must provide operation name if query contains multiple operations.")]
    public async Task Subscribe_RequestErrors_FailWithoutStarting(string query, string message)
    {
        var feed = new VitalsFeed();

        var subscribed = await SubscribeAsync(query, feed);

        subscribed.IsStarted.ShouldBeFalse();
        subscribed.Failure.HasData.ShouldBeFalse();
        subscribed.Failure.Errors[0].Message.ShouldBe(message);
        feed.ReadersStarted.ShouldBe(0);
    }

    [Fact]
    public async Task Execute_SubscriptionOperation_IsARequestErrorPointingToSubscribe()
    {
        var result = await ExecuteAsync(_schema, "subscription { pulses }", services: new Services(new VitalsFeed()));

        result.HasData.ShouldBeFalse();
        result.Errors[0].Message.ShouldStartWith("A subscription operation yields a stream of results");
    }

    [Theory]
    [InlineData("subscription { pulses ping: pulses }")]
    [InlineData("subscription { pulses __typename }")]
    [InlineData("subscription { ...F } fragment F on Subscription { pulses vitalSigns(patientId: \"x\") { pulse } }")]
    public void Validate_MoreThanOneRootField_IsRefusedBySingleFieldSubscriptions(string query)
    {
        var errors = new DocumentValidator(_schema).Validate(Parser.Parse(query));

        errors.ShouldNotBeEmpty();
        errors[0].Message.ShouldContain("must select only one top level field");
    }

    [Fact]
    public void CodeFirst_SubscriptionMethodNotReturningAStream_IsASchemaErrorNamingIt()
    {
        var exception = Should.Throw<SchemaValidationException>(() => new CodeFirstSchema().AddQuery<VitalsQueries>().AddSubscription<NotAStream>().Build());

        exception.Message.ShouldContain("Subscription.latest");
        exception.Message.ShouldContain("must be a method returning IAsyncEnumerable<T>");
    }

    [Fact]
    public void SchemaBuilder_SubscriberForAFieldThatDoesNotExist_IsASchemaErrorNamingIt()
    {
        var exception = Should.Throw<SchemaValidationException>(() => Schema(
            "type Query { a: Int } type Subscription { tick: Int }",
            b => b.AddSubscriber("Subscription", "tock", _ => default)));

        exception.Message.ShouldContain("Cannot bind a subscriber to Subscription.tock: Subscription has no field \"tock\".");
    }

    private sealed class NotAStream
    {
        public static int Latest() => 1;
    }

    private sealed class DisposableSource : IAsyncEnumerable<object?>, IAsyncDisposable
    {
        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return default;
        }

        public IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default) => throw new InvalidOperationException("never read");
    }
}
