using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Types.TestSchemas;

namespace Platform.GraphQL.Tests.Types;

public class IntrospectionTypesTests
{
    private static readonly Schema _schema = Build("type Query { a: Int } union U = Query");

    [Fact]
    public void Types_AnySchema_IncludeTheIntrospectionTypes()
    {
        _schema.Types.Where(type => type.IsIntrospectionType).Select(type => type.Name).ShouldBe(
            ["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"]);
    }

    [Fact]
    public void IntrospectionType_TypeType_HasTheSeptember2025Fields()
    {
        var type = (ObjectType)_schema.FindType("__Type")!;

        type.Fields.Select(field => field.Name).ShouldBe(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"]);
        type.FindField("fields")!.FindArgument("includeDeprecated")!.DefaultValue!.ToString().ShouldBe("false");
        type.FindField("inputFields")!.FindArgument("includeDeprecated").ShouldNotBeNull();
        ((ObjectType)_schema.FindType("__Directive")!).FindField("isRepeatable")!.Type.ToString().ShouldBe("Boolean!");
        ((ObjectType)_schema.FindType("__Directive")!).FindField("args")!.FindArgument("includeDeprecated").ShouldNotBeNull();
    }

    [Fact]
    public void IntrospectionEnums_KindAndLocation_MatchTheModel()
    {
        ((EnumType)_schema.FindType("__TypeKind")!).Values.Select(value => value.Name)
            .ShouldBe(["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"]);
        ((EnumType)_schema.FindType("__DirectiveLocation")!).Values.Select(value => value.Name)
            .ShouldBe(Enum.GetValues<DirectiveLocation>().Select(location => location.ToGraphQLName()));
    }

    [Fact]
    public void FindField_MetaFields_OnlyWhereTheSpecificationAllowsThem()
    {
        var query = _schema.QueryType;
        var union = _schema.FindType("U")!;

        _schema.FindField(query, "__typename").ShouldBeSameAs(_schema.TypeNameField);
        _schema.FindField(union, "__typename").ShouldBeSameAs(_schema.TypeNameField);
        _schema.FindField(query, "__schema").ShouldBeSameAs(_schema.SchemaField);
        _schema.FindField(query, "__type").ShouldBeSameAs(_schema.TypeField);
        _schema.FindField(_schema.FindType("__Type")!, "__schema").ShouldBeNull();
        _schema.FindField(_schema.FindType("Int")!, "__typename").ShouldBeNull();
        _schema.FindField(query, "a").ShouldBeSameAs(query.FindField("a"));
        _schema.FindField(query, "b").ShouldBeNull();
    }

    [Fact]
    public void MetaFields_AnySchema_HaveTheSpecifiedTypes()
    {
        _schema.TypeNameField.Type.ToString().ShouldBe("String!");
        _schema.SchemaField.Type.ToString().ShouldBe("__Schema!");
        _schema.TypeField.Type.ToString().ShouldBe("__Type");
        _schema.TypeField.FindArgument("name")!.Type.ToString().ShouldBe("String!");
        _schema.TypeField.Type.GetNamedType().ShouldBeSameAs(_schema.FindType("__Type"));
        _schema.TypeNameField.DeclaringType.ShouldBeNull();
    }
}
