using System.Globalization;
using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Protection;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Protection;

/// <summary>Depth, aliases, cost and introspection measured before execution, through fragments and against hostile documents.</summary>
public class OperationAnalyzerTests
{
    private static readonly Schema _schema = Schema("""
        interface Node { id: ID! }
        type Patient implements Node { id: ID! name: String friend: Patient journeys(first: Int, last: Int): [Journey!]! tags: [String] }
        type Journey implements Node { id: ID! stage: String tasks(first: Int): [Task] }
        type Task implements Node { id: ID! title: String }
        type PatientPage { items: [Patient] total: Int }
        type Query { patient: Patient patients(first: Int, last: Int): [Patient] page(first: Int): PatientPage node: Node }
        """);

    private static OperationAnalysis Analyze(string query, OperationLimits? limits = null, string? variables = null, string? operationName = null) =>
        new OperationAnalyzer(_schema, limits).Analyze(Parser.Parse(query), operationName, variables is null ? default : Json(variables));

    private static string Nested(int depth) =>
        "{ patient " + string.Concat(Enumerable.Repeat("{ friend ", depth - 1)) + "{ id }" + new string('}', depth - 1) + " }";

    [Fact]
    public void Analyze_DepthAtTheLimit_IsAllowed()
    {
        var analysis = Analyze(Nested(14)); // 14 patient/friend levels + id = 15

        analysis.Depth.ShouldBe(15);
        analysis.IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Analyze_DepthOverTheLimit_IsRefusedWithCodeAndLimit()
    {
        var analysis = Analyze(Nested(15));

        var error = analysis.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("The operation nests fields 16 deep; the maximum depth (MaxDepth) is 15.");
        error.Extensions!["code"].ShouldBe(ProtectionErrorCodes.MaxDepthExceeded);
        error.Extensions["limit"].ShouldBe(15L);
    }

    [Fact]
    public void Analyze_DepthHiddenInFragments_IsCounted()
    {
        var analysis = Analyze("""
            { patient { ...A } }
            fragment A on Patient { friend { ...B } }
            fragment B on Patient { friend { ... on Patient { friend { id } } } }
            """, new OperationLimits { MaxDepth = 4 });

        analysis.Depth.ShouldBe(5);
        analysis.Errors.ShouldHaveSingleItem().Extensions!["code"].ShouldBe(ProtectionErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void Analyze_AliasesThroughFragmentSpreads_AreCountedPerSpread()
    {
        var analysis = Analyze("""
            { a: patient { ...F } b: patient { ...F } }
            fragment F on Patient { x: id y: name }
            """, new OperationLimits { MaxAliases = 5 });

        analysis.Aliases.ShouldBe(6);
        var error = analysis.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("The operation has 6 aliases; the maximum (MaxAliases) is 5.");
        error.Extensions!["code"].ShouldBe(ProtectionErrorCodes.MaxAliasesExceeded);
    }

    [Fact]
    public void Analyze_FragmentFanOut_IsMeasuredQuicklyAndRefused()
    {
        // Each fragment spreads the next twice: 2^40 expanded fields, measured in linear time.
        var document = new StringBuilder("{ patient { ...F0 } }\n");
        for (var i = 0; i < 40; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Patient {{ a{i}: friend {{ ...F{i + 1} }} b{i}: friend {{ ...F{i + 1} }} }}\n");
        }

        document.Append("fragment F40 on Patient { id }");

        var analysis = Analyze(document.ToString());

        analysis.Aliases.ShouldBeGreaterThan(1L << 40);
        analysis.Errors.Select(e => e.Extensions!["code"]).ShouldBe(
            [ProtectionErrorCodes.MaxDepthExceeded, ProtectionErrorCodes.MaxAliasesExceeded, ProtectionErrorCodes.CostLimitExceeded]);
    }

    [Fact]
    public void Analyze_FragmentCycle_EndsWithoutOverflow()
    {
        var analysis = Analyze("""
            { patient { ...A } }
            fragment A on Patient { friend { ...B } }
            fragment B on Patient { friend { ...A } }
            """);

        analysis.Depth.ShouldBe(3);
    }

    [Fact]
    public void Analyze_Cost_MultipliesListsByFirstOrTheDefaultSize()
    {
        // patients: 1 + 10 * (journeys: 1 + 3 * (stage 1 + tasks: 1 + 10 * title 1)) = 1 + 10 * (1 + 3 * 12) = 371
        var analysis = Analyze("{ patients { journeys(first: 3) { stage tasks { title } } } }");

        analysis.Cost.ShouldBe(371);
        analysis.IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Analyze_Cost_ConnectionFirstCountsItsPageOnce()
    {
        // page: 1 + 5 * (items: 1 + 1 * (id 1 + friend 1 + tags 1) + total 1) = 1 + 5 * 5 = 26; unpaged: items counts 10.
        Analyze("{ page(first: 5) { items { id friend { id } tags } total } }").Cost.ShouldBe(1 + (5 * (1 + 4 + 1)));
        Analyze("{ page { items { id } } }").Cost.ShouldBe(1 + 1 + (10 * 1));
    }

    [Fact]
    public void Analyze_Cost_ReadsFirstFromVariablesAndDefaults()
    {
        const string query = "query Q($n: Int = 4) { patients(last: $n) { id } }";

        Analyze(query).Cost.ShouldBe(1 + (4 * 1));
        Analyze(query, variables: """{"n": 100}""").Cost.ShouldBe(1 + (100 * 1));
    }

    [Fact]
    public void Analyze_Cost_UsesWeightsByCoordinateAndRefusesOverBudget()
    {
        var limits = new OperationLimits { MaxCost = 100, FieldWeights = new Dictionary<string, int> { ["Patient.name"] = 20 } };

        var analysis = Analyze("{ patients(first: 5) { id name } }", limits);

        analysis.Cost.ShouldBe(1 + (5 * 21));
        var error = analysis.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("The operation's estimated cost is 106; the maximum cost (MaxCost) is 100. Ask for fewer items (first/last) or fewer fields.");
        error.Extensions!["code"].ShouldBe(ProtectionErrorCodes.CostLimitExceeded);
    }

    [Fact]
    public void Analyze_AbstractSelections_CountEveryBranch()
    {
        var analysis = Analyze("{ node { id ... on Patient { name } ... on Journey { stage } } }");

        analysis.Cost.ShouldBe(4);
    }

    [Fact]
    public void Analyze_IntrospectionDisabled_RefusesSchemaAndType()
    {
        var limits = new OperationLimits { AllowIntrospection = false };

        var analysis = Analyze("{ __typename ... on Query { __type(name: \"Patient\") { name } } }", limits);

        var error = analysis.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("Introspection is disabled on this server (AllowIntrospection is false): '__type' cannot be queried; __typename can.");
        error.Extensions!["code"].ShouldBe(ProtectionErrorCodes.IntrospectionDisabled);
        error.Locations.ShouldHaveSingleItem().Column.ShouldBe(29);
    }

    [Fact]
    public void Analyze_IntrospectionDisabled_AllowsTypename()
    {
        Analyze("{ __typename patient { __typename } }", new OperationLimits { AllowIntrospection = false }).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Analyze_IntrospectionQuery_IsFreeOfDepthAndCost()
    {
        var analysis = Analyze("{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }", new OperationLimits { MaxDepth = 2 });

        analysis.Depth.ShouldBe(0);
        analysis.Cost.ShouldBe(0);
        analysis.IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Analyze_UnvalidatedDocumentWithUnknownNames_IsMeasuredWithoutThrowing()
    {
        var analysis = Analyze("{ nope { x } ... on Nowhere { y { z } } patient { ...Missing } }");

        analysis.Depth.ShouldBe(1); // selections under unknown fields cannot be typed, so they are not walked
    }

    [Fact]
    public void Analyze_SelectsTheNamedOperation()
    {
        var analysis = Analyze("query A { patient { id } } query B { patients(first: 2) { id } }", operationName: "B");

        analysis.Cost.ShouldBe(3);
    }

    [Fact]
    public void Limits_OutOfRange_AreRejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new OperationLimits { MaxDepth = 0 }).ParamName.ShouldBe("MaxDepth");
        Should.Throw<ArgumentOutOfRangeException>(() => new OperationLimits { MaxCost = 0 }).ParamName.ShouldBe("MaxCost");
    }
}
