using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class ParserTypeSystemTests
{
    private static readonly DocumentNode _kitchenSink = Parser.Parse(KitchenSink.Schema);

    private static T Named<T>(string name, int skip = 0)
        where T : DefinitionNode => _kitchenSink.Definitions.OfType<T>().Where(d => d switch
        {
            TypeDefinitionNode type => type.Name.Value == name,
            TypeExtensionNode extension => extension.Name.Value == name,
            DirectiveDefinitionNode directive => directive.Name.Value == name,
            _ => false,
        }).Skip(skip).First();

    [Fact]
    public void Parse_SchemaKitchenSink_ReadsEveryDefinitionAndExtensionKind()
    {
        var kinds = _kitchenSink.Definitions.Select(d => d.Kind).Distinct().Order();

        kinds.ShouldBe(Enum.GetValues<SyntaxKind>().Where(k => k is >= SyntaxKind.SchemaDefinition
            and not SyntaxKind.RootOperationTypeDefinition and not SyntaxKind.FieldDefinition
            and not SyntaxKind.InputValueDefinition and not SyntaxKind.EnumValueDefinition));
        _kitchenSink.Definitions.Length.ShouldBe(31);
    }

    [Fact]
    public void Parse_SchemaDefinition_ReadsDescriptionDirectivesAndRootTypes()
    {
        var schema = _kitchenSink.Definitions[0].ShouldBeOfType<SchemaDefinitionNode>();

        (schema.Description!.Value, schema.Description.IsBlock).ShouldBe(("Care platform schema.", true));
        schema.Directives.Single().Name.Value.ShouldBe("link");
        schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)).ShouldBe(
            [(OperationType.Query, "Query"), (OperationType.Mutation, "Mutation")]);
    }

    [Fact]
    public void Parse_ObjectType_ReadsInterfacesFieldsArgumentsAndDescriptions()
    {
        var journey = Named<ObjectTypeDefinitionNode>("Journey");

        journey.Description!.Value.ShouldBe(
            "A patient's path through care.\n\nIndented lines keep their extra indentation:\n    like this one.");
        journey.Interfaces.Select(i => i.Name.Value).ShouldBe(["Node", "Auditable"]);
        journey.Directives.Single().Arguments.Single().Value.ShouldBeOfType<StringValueNode>().Value.ShouldBe("id");
        journey.Fields.Select(f => f.Name.Value).ShouldBe(["id", "updatedAt", "steps", "pathway"]);

        var steps = journey.Fields[2];
        steps.Description!.Value.ShouldBe("Steps in the order they happen.");
        steps.Type.ToString().ShouldBe("[Step!]!");
        steps.Directives.Single().Name.Value.ShouldBe("cost");
        steps.Arguments.Select(a => (a.Name.Value, a.Description?.Value, a.DefaultValue?.ToString())).ShouldBe(
        [
            ("since", "Only steps at or after this time.", null), ("first", null, "10"), ("window", null, "{from: 0, to: 10}"),
        ]);
        steps.Arguments[1].Directives.Single().Name.Value.ShouldBe("deprecated");
    }

    [Fact]
    public void Parse_InterfaceImplementingInterface_ReadsItsInterfaces()
    {
        var auditable = Named<InterfaceTypeDefinitionNode>("Auditable");

        auditable.Interfaces.Single().Name.Value.ShouldBe("Node");
        auditable.Fields.Select(f => f.Name.Value).ShouldBe(["id", "updatedAt"]);
    }

    [Fact]
    public void Parse_MemberlessDefinitions_HaveEmptyMemberLists()
    {
        Named<ObjectTypeDefinitionNode>("Placeholder").Fields.ShouldBeEmpty();
        Named<UnionTypeDefinitionNode>("Empty").Types.ShouldBeEmpty();
        Named<EnumTypeDefinitionNode>("Unknown").Values.ShouldBeEmpty();
        Named<InputObjectTypeDefinitionNode>("Filter").Fields.ShouldBeEmpty();
        Named<ScalarTypeDefinitionNode>("Money").Directives.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_UnionEnumAndInput_ReadTheirMembers()
    {
        var union = Named<UnionTypeDefinitionNode>("SearchResult");
        union.Types.Select(t => t.Name.Value).ShouldBe(["Journey", "CarePathway"]);
        union.Directives.Single().Name.Value.ShouldBe("searchable");

        var kinds = Named<EnumTypeDefinitionNode>("SearchKind");
        kinds.Values.Select(v => (v.Name.Value, v.Description?.Value, v.Directives.Length)).ShouldBe(
            [("PATIENT", "A person receiving care.", 0), ("PROVIDER", null, 1), ("PLAN", "A plan.", 0)]);

        var window = Named<InputObjectTypeDefinitionNode>("Window");
        window.Fields.Select(f => (f.Name.Value, f.Type.ToString(), f.DefaultValue?.ToString())).ShouldBe(
            [("from", "Int", null), ("to", "Int", "100"), ("inclusive", "Boolean!", "true")]);
        window.Fields[2].Directives.Single().Name.Value.ShouldBe("internal");
    }

    [Fact]
    public void Parse_DirectiveDefinitions_ReadArgumentsRepeatableAndLocations()
    {
        var cost = Named<DirectiveDefinitionNode>("cost");
        (cost.IsRepeatable, cost.Arguments.Single().Type.ToString()).ShouldBe((false, "Int!"));
        cost.Locations.Select(l => l.Value).ShouldBe(["FIELD_DEFINITION", "OBJECT"]);

        var deprecated = Named<DirectiveDefinitionNode>("deprecated");
        (deprecated.IsRepeatable, deprecated.Description!.Value).ShouldBe((true, "Marks things callers should stop using."));
        deprecated.Locations.Length.ShouldBe(4);

        Named<DirectiveDefinitionNode>("trace").Locations.Length.ShouldBe(19);
    }

    [Fact]
    public void Parse_Extensions_ReadWhatEachOneAdds()
    {
        var schemaExtensions = _kitchenSink.Definitions.OfType<SchemaExtensionNode>().ToList();
        schemaExtensions[0].Directives.Single().Name.Value.ShouldBe("audit");
        schemaExtensions[1].OperationTypes.Single().Operation.ShouldBe(OperationType.Subscription);

        Named<ScalarTypeExtensionNode>("Money").Directives.Single().Name.Value.ShouldBe("currency");
        Named<ObjectTypeExtensionNode>("Journey").Interfaces.Single().Name.Value.ShouldBe("Trackable");
        Named<ObjectTypeExtensionNode>("Journey", skip: 1).Directives.Single().Name.Value.ShouldBe("shareable");
        Named<ObjectTypeExtensionNode>("Journey", skip: 2).Fields.Single().Name.Value.ShouldBe("priorAuthorization");
        Named<InterfaceTypeExtensionNode>("Node").Directives.Single().Name.Value.ShouldBe("entity");
        var auditable = Named<InterfaceTypeExtensionNode>("Auditable");
        (auditable.Interfaces.Single().Name.Value, auditable.Fields.Single().Name.Value).ShouldBe(("Trackable", "trackedAt"));
        Named<UnionTypeExtensionNode>("SearchResult").Types.Single().Name.Value.ShouldBe("PriorAuthorization");
        Named<UnionTypeExtensionNode>("SearchResult", skip: 1).Directives.Single().Name.Value.ShouldBe("searchable");
        Named<EnumTypeExtensionNode>("SearchKind").Values.Single().Name.Value.ShouldBe("QUOTE_LINE");
        Named<EnumTypeExtensionNode>("SearchKind", skip: 1).Directives.Single().Name.Value.ShouldBe("extended");
        Named<InputObjectTypeExtensionNode>("Window").Fields.Single().Name.Value.ShouldBe("timeZone");
        Named<InputObjectTypeExtensionNode>("Window", skip: 1).Directives.Single().Name.Value.ShouldBe("validated");
    }

    [Fact]
    public void Parse_MixedDocument_KeepsExecutableAndTypeSystemDefinitionsInOrder()
    {
        var document = Parser.Parse("type Query { a: Int } { a } extend type Query { b: Int } fragment F on Query { b }");

        document.Definitions.Select(d => d.Kind).ShouldBe(
        [
            SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.ObjectTypeExtension,
            SyntaxKind.FragmentDefinition,
        ]);
    }
}
