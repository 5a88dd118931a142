using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.CodeFirst;

public class CodeFirstSchemaErrorTests
{
    [Fact]
    public void Build_UnmappableMemberTypes_NameTheTypeAndMemberOfEach()
    {
        var error = Should.Throw<SchemaValidationException>(() => new CodeFirstSchema().AddQuery<UnmappableQueries>().Build());

        error.Errors.Select(problem => problem.Message).ShouldBe(
        [
            "Query.uptime (Platform.GraphQL.Tests.CodeFirst.CodeFirstSchemaErrorTests.UnmappableQueries.Uptime): CLR type System.TimeSpan has no GraphQL output type. "
                + "Use a scalar (System.String, System.Int32, System.Boolean, System.Double, System.Single, System.Decimal, System.Guid, System.DateTimeOffset, System.DateOnly, System.Uri, System.Int64, Platform.GraphQL.Relay.NodeId), "
                + "an enum, a list of these, or a class, record or struct, or an interface marked [InterfaceType] or [UnionType]; or mark the member [GraphQLIgnore].",
            "argument 'weights' of Query.score (Platform.GraphQL.Tests.CodeFirst.CodeFirstSchemaErrorTests.UnmappableQueries.Score): "
                + "input list type System.Collections.Generic.HashSet<System.Int32> is not supported; use an array, List<T>, IReadOnlyList<T> or IEnumerable<T>.",
            "Query.log (Platform.GraphQL.Tests.CodeFirst.CodeFirstSchemaErrorTests.UnmappableQueries.Log) returns no value; a field must return one (a mutation may return its result or a payload).",
        ]);
    }

    [Fact]
    public void Build_SameFieldFromTwoModules_NamesBothMembers()
    {
        var error = Should.Throw<SchemaValidationException>(() => new CodeFirstSchema().AddQuery<UnmappableQueries.Clash>().AddQuery<PatientQueries>().Build());

        error.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "Query.patient is contributed twice: by Platform.GraphQL.Tests.CodeFirst.CodeFirstSchemaErrorTests.UnmappableQueries.Clash.Patient "
            + "and by Platform.GraphQL.Tests.CodeFirst.PatientQueries.GetPatient; rename one with [GraphQLName].");
    }

    [Fact]
    public void AddAnnotated_ClassWithoutRoleAttribute_SaysWhichAttributesItNeeds()
    {
        Should.Throw<ArgumentException>(() => new CodeFirstSchema().AddAnnotated(typeof(Patient)))
            .Message.ShouldStartWith("Platform.GraphQL.Tests.CodeFirst.Patient has none of [QueryType], [MutationType], [SubscriptionType] or [ExtendType(typeof(...))]");
    }

    [Theory]
    [InlineData("Name", "name")]
    [InlineData("ID", "id")]
    [InlineData("URLValue", "urlValue")]
    [InlineData("birthDate", "birthDate")]
    public void CamelCase_ClrNames_BecomeFieldNames(string clr, string expected) => ClrNaming.CamelCase(clr).ShouldBe(expected);

    [Theory]
    [InlineData("Active", "ACTIVE")]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Level2Care", "LEVEL2_CARE")]
    public void UpperSnakeCase_EnumMembers_BecomeEnumValueNames(string clr, string expected) => ClrNaming.UpperSnakeCase(clr).ShouldBe(expected);

    [Fact]
    public void Build_UnionWithoutMembersOrWithAForeignMember_NamesTheUnionAndTheClass()
    {
        var empty = Should.Throw<SchemaValidationException>(() => new CodeFirstSchema().AddUnion<IUnclaimed>().Build());
        var foreign = Should.Throw<SchemaValidationException>(() => new CodeFirstSchema().AddUnion<IUnclaimed>(typeof(Patient)).Build());

        empty.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "Union Unclaimed (Platform.GraphQL.Tests.CodeFirst.CodeFirstSchemaErrorTests.IUnclaimed) has no members: no class of Platform.GraphQL.Tests implements it. "
            + "Implement it in a class, or name the members with AddUnion<T>(typeof(...)).");
        foreign.Errors.Select(problem => problem.Message).ShouldContain(
            "Union Unclaimed: member Platform.GraphQL.Tests.CodeFirst.Patient must be a non-abstract class or record implementing Platform.GraphQL.Tests.CodeFirst.CodeFirstSchemaErrorTests.IUnclaimed.");
    }

    internal interface IUnclaimed;

    internal sealed class UnmappableQueries
    {
        public static TimeSpan Uptime() => TimeSpan.Zero;

        public static int Score(HashSet<int> weights) => weights.Count;

        public static void Log(string message) => _ = message;

        public static bool Ok() => true;

        internal sealed class Clash
        {
            public static string Patient() => "clash";
        }
    }
}
