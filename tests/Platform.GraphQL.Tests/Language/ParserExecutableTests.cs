using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class ParserExecutableTests
{
    private static readonly DocumentNode _kitchenSink = Parser.Parse(KitchenSink.Executable);

    private static T Definition<T>(int index)
        where T : DefinitionNode => _kitchenSink.Definitions[index].ShouldBeOfType<T>();

    [Fact]
    public void Parse_ExecutableKitchenSink_ReadsEveryDefinitionInOrder()
    {
        _kitchenSink.Definitions.Select(d => d.Kind).ShouldBe(
        [
            SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition,
            SyntaxKind.FragmentDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition,
            SyntaxKind.OperationDefinition,
        ]);
        _kitchenSink.Definitions.OfType<OperationDefinitionNode>().Select(o => (o.Operation, o.Name?.Value)).ShouldBe(
        [
            (OperationType.Query, "JourneyOverview"), (OperationType.Mutation, "ApprovePriorAuthorization"),
            (OperationType.Subscription, "QuoteLines"), (OperationType.Query, null), (OperationType.Query, null),
            (OperationType.Subscription, null),
        ]);
    }

    [Fact]
    public void Parse_VariableDefinitions_ReadTypesDefaultsAndDirectives()
    {
        var variables = Definition<OperationDefinitionNode>(0).VariableDefinitions;

        variables.Select(v => v.Variable.Name.Value).ShouldBe(["id", "since", "kinds"]);
        variables[0].Type.ShouldBeOfType<NonNullTypeNode>().Type.ShouldBeOfType<NamedTypeNode>().Name.Value.ShouldBe("ID");
        variables[0].DefaultValue.ShouldBeNull();
        variables[1].DefaultValue.ShouldBeOfType<StringValueNode>().Value.ShouldBe("2025-01-01T00:00:00Z");
        var kinds = variables[2].Type.ShouldBeOfType<NonNullTypeNode>().Type.ShouldBeOfType<ListTypeNode>();
        kinds.Type.ShouldBeOfType<NonNullTypeNode>().Type.ShouldBeOfType<NamedTypeNode>().Name.Value.ShouldBe("SearchKind");
        variables[2].DefaultValue.ShouldBeOfType<ListValueNode>().Values.Single().ShouldBeOfType<EnumValueNode>().Value.ShouldBe("PATIENT");
        variables[2].Directives.Single().Name.Value.ShouldBe("tag");
    }

    [Fact]
    public void Parse_Selections_ReadAliasesFragmentsAndDirectives()
    {
        var query = Definition<OperationDefinitionNode>(0);
        query.Directives.Single().Name.Value.ShouldBe("trace");
        var journey = query.SelectionSet.Selections.Single().ShouldBeOfType<FieldNode>();
        (journey.Alias?.Value, journey.Name.Value).ShouldBe(("journey", "journey"));
        journey.Arguments.Single().Value.ShouldBeOfType<VariableNode>().Name.Value.ShouldBe("id");

        var selections = journey.SelectionSet!.Selections;
        selections.Select(s => s.Kind).ShouldBe(
            [SyntaxKind.Field, SyntaxKind.InlineFragment, SyntaxKind.InlineFragment, SyntaxKind.InlineFragment]);
        var onJourney = selections[1].ShouldBeOfType<InlineFragmentNode>();
        onJourney.TypeCondition!.Name.Value.ShouldBe("Journey");
        onJourney.Directives.Single().Arguments.Single().Value.ShouldBeOfType<StringValueNode>().Value.ShouldBe("steps");
        var skipped = selections[2].ShouldBeOfType<InlineFragmentNode>();
        skipped.TypeCondition.ShouldBeNull();
        skipped.Directives.Single().Name.Value.ShouldBe("skip");
        var bare = selections[3].ShouldBeOfType<InlineFragmentNode>();
        (bare.TypeCondition, bare.Directives.Length).ShouldBe((null, 0));

        var steps = onJourney.SelectionSet.Selections.Single().ShouldBeOfType<FieldNode>();
        steps.Alias.ShouldBeNull();
        steps.Directives.Single().Name.Value.ShouldBe("include");
        var spread = steps.SelectionSet!.Selections.Single().ShouldBeOfType<FragmentSpreadNode>();
        spread.Name.Value.ShouldBe("StepFields");
        spread.Directives.Single().Name.Value.ShouldBe("tag");
    }

    [Fact]
    public void Parse_ArgumentValues_ReadEveryValueKind()
    {
        var approve = Definition<OperationDefinitionNode>(1).SelectionSet.Selections.Single().ShouldBeOfType<FieldNode>();

        approve.Arguments.Select(a => (a.Name.Value, a.Value.Kind)).ShouldBe(
        [
            ("id", SyntaxKind.IntValue), ("note", SyntaxKind.NullValue), ("amount", SyntaxKind.FloatValue),
            ("rate", SyntaxKind.FloatValue), ("status", SyntaxKind.EnumValue),
        ]);
        approve.Arguments[2].Value.ShouldBeOfType<FloatValueNode>().Value.ShouldBe("12.50");
        approve.Arguments[3].Value.ShouldBeOfType<FloatValueNode>().Value.ShouldBe("-1.5e-3");
    }

    [Fact]
    public void Parse_NestedValues_ReadListsObjectsBooleansAndStrings()
    {
        var fragment = Definition<FragmentDefinitionNode>(3);
        var notes = fragment.SelectionSet.Selections[1].ShouldBeOfType<FieldNode>();
        var tags = fragment.SelectionSet.Selections[2].ShouldBeOfType<FieldNode>();

        var format = notes.Arguments[0].Value.ShouldBeOfType<StringValueNode>();
        (format.Value, format.IsBlock).ShouldBe(("Keep the \"quotes\" and \"\"\" triple quotes.", true));
        notes.Arguments[1].Value.ShouldBeOfType<StringValueNode>().Value.ShouldBe("\U0001F600 and \U0001F600");
        notes.Arguments[2].Value.ShouldBeOfType<StringValueNode>().Value.ShouldBe("tab\t newline\n quote\" slash\\ /");
        tags.Alias!.Value.ShouldBe("list");
        tags.Arguments[0].Value.ShouldBeOfType<ListValueNode>().Values.ShouldBeEmpty();
        var nested = tags.Arguments[1].Value.ShouldBeOfType<ListValueNode>();
        nested.Values[0].ShouldBeOfType<ListValueNode>().Values.Select(v => ((IntValueNode)v).Value).ShouldBe(["1", "2"]);
        tags.Arguments[2].Value.ShouldBeOfType<ObjectValueNode>().Fields.ShouldBeEmpty();
        var inner = tags.Arguments[3].Value.ShouldBeOfType<ObjectValueNode>().Fields.Single();
        inner.Name.Value.ShouldBe("inner");
        inner.Value.ShouldBeOfType<ObjectValueNode>().Fields.Single().Value.ShouldBeOfType<ListValueNode>()
            .Values.Single().ShouldBeOfType<EnumValueNode>().Value.ShouldBe("ENUM_VALUE");

        var window = Definition<OperationDefinitionNode>(0).SelectionSet.Selections.Single().ShouldBeOfType<FieldNode>()
            .SelectionSet!.Selections[1].ShouldBeOfType<InlineFragmentNode>().SelectionSet.Selections.Single()
            .ShouldBeOfType<FieldNode>().Arguments[2].Value.ShouldBeOfType<ObjectValueNode>();
        window.Fields.Select(f => f.Value switch
        {
            IntValueNode i => i.Value,
            BooleanValueNode b => b.Value.ToString(),
            _ => "?",
        }).ShouldBe(["0", "-20", "True"]);
    }

    [Fact]
    public void Parse_ExecutableDescriptions_AttachToOperationsFragmentsAndVariables()
    {
        Definition<OperationDefinitionNode>(0).Description.ShouldBeNull();
        var mutation = Definition<OperationDefinitionNode>(1).Description!;
        (mutation.Value, mutation.IsBlock).ShouldBe(("Approves a prior authorization.", true));
        var subscription = Definition<OperationDefinitionNode>(2);
        (subscription.Description!.Value, subscription.Description.IsBlock).ShouldBe(("Streams new quote lines.", false));
        subscription.VariableDefinitions.Single().Description!.Value.ShouldBe("Which quote to follow.");
        Definition<FragmentDefinitionNode>(3).Description!.Value.ShouldBe("The fields every step shows.");
    }

    [Fact]
    public void Parse_QueryShorthand_IsAnAnonymousQueryWithoutVariablesOrDirectives()
    {
        var document = Parser.Parse("{ me }");

        var operation = document.Definitions.Single().ShouldBeOfType<OperationDefinitionNode>();
        (operation.Operation, operation.Name, operation.Description).ShouldBe((OperationType.Query, null, null));
        (operation.VariableDefinitions.Length, operation.Directives.Length).ShouldBe((0, 0));
        operation.SelectionSet.Selections.Single().ShouldBeOfType<FieldNode>().Name.Value.ShouldBe("me");
    }

    [Fact]
    public void Parse_KeywordsInNamePositions_AreOrdinaryNames()
    {
        var document = Parser.Parse("query query { query: fragment(on: on, type: null) ...type ... on on { extend } } fragment type on on { a }");

        var field = document.Definitions[0].ShouldBeOfType<OperationDefinitionNode>().SelectionSet.Selections[0].ShouldBeOfType<FieldNode>();
        (field.Alias!.Value, field.Name.Value).ShouldBe(("query", "fragment"));
        field.Arguments[0].Value.ShouldBeOfType<EnumValueNode>().Value.ShouldBe("on");
        field.Arguments[1].Value.ShouldBeOfType<NullValueNode>();
        document.Definitions[1].ShouldBeOfType<FragmentDefinitionNode>().TypeCondition.Name.Value.ShouldBe("on");
    }

    [Fact]
    public void Parse_Locations_CoverEachNodeFromItsFirstToItsLastToken()
    {
        const string text = "query Q {\r\n  alias: field(arg: [1, 2]) @dir {\r\n    leaf\r\n  }\r\n}";

        var operation = Parser.Parse(text).Definitions.Single().ShouldBeOfType<OperationDefinitionNode>();
        var field = operation.SelectionSet.Selections.Single().ShouldBeOfType<FieldNode>();

        operation.Location.ShouldBe(new Location(0, text.Length, 1, 1));
        field.Location.ShouldBe(new Location(13, text.IndexOf("}\r\n}", StringComparison.Ordinal) + 1, 2, 3));
        field.Alias!.Location.ShouldBe(new Location(13, 18, 2, 3));
        field.Arguments.Single().Value.Location.ShouldBe(new Location(31, 37, 2, 21));
        field.Directives.Single().Location.ShouldBe(new Location(39, 43, 2, 29));
        field.SelectionSet!.Selections.Single().Location.ShouldBe(new Location(51, 55, 3, 5));
    }

    [Fact]
    public void Parse_NoLocation_LeavesEveryLocationNull()
    {
        var document = Parser.Parse("{ a(b: [1]) @c }", ParserOptions.Default with { NoLocation = true });

        var field = document.Definitions.Single().ShouldBeOfType<OperationDefinitionNode>().SelectionSet.Selections.Single();
        new SyntaxNode?[] { document, field, ((FieldNode)field).Arguments[0].Value, field.Directives[0] }
            .Select(n => n!.Location).ShouldAllBe(l => l == null);
    }

    [Fact]
    public void ParseValue_ValueWithVariables_ReturnsTheValue()
    {
        var value = Parser.ParseValue("{ ids: [1, $two], by: \"me\" }").ShouldBeOfType<ObjectValueNode>();

        value.Fields.Select(f => f.Name.Value).ShouldBe(["ids", "by"]);
        value.Fields[0].Value.ShouldBeOfType<ListValueNode>().Values[1].ShouldBeOfType<VariableNode>().Name.Value.ShouldBe("two");
    }

    [Fact]
    public void ParseType_WrappedType_ReturnsNestedTypeNodes()
    {
        var type = Parser.ParseType("[[Int!]]!");

        type.ToString().ShouldBe("[[Int!]]!");
        type.ShouldBeOfType<NonNullTypeNode>().Type.ShouldBeOfType<ListTypeNode>().Type.ShouldBeOfType<ListTypeNode>();
    }

    [Theory]
    [InlineData("1 2", "Expected <EOF>, found Int \"2\".")]
    [InlineData("", "Unexpected <EOF>.")]
    public void ParseValue_NotExactlyOneValue_Throws(string text, string message)
    {
        Should.Throw<GraphQLSyntaxException>(() => Parser.ParseValue(text)).Message.ShouldBe("Syntax Error: " + message);
    }
}
