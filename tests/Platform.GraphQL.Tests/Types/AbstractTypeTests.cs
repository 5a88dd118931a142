using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Types.TestSchemas;

namespace Platform.GraphQL.Tests.Types;

public class AbstractTypeTests
{
    private static readonly Schema _schema = Build("""
        type Query { node: Node search: SearchResult }
        interface Node { id: ID! }
        interface Person implements Node { id: ID! name: String }
        type Patient implements Person & Node { id: ID! name: String }
        type Clinician implements Person & Node { id: ID! name: String }
        type Hospital implements Node { id: ID! }
        type Invoice { total: Int }
        union SearchResult = Patient | Invoice
        union Billing = Invoice
        """);

    private static T Type<T>(string name)
        where T : NamedType => (T)_schema.FindType(name)!;

    [Fact]
    public void PossibleTypes_OfInterface_AreTheImplementingObjectTypes()
    {
        Type<InterfaceType>("Node").PossibleTypes.Select(type => type.Name).ShouldBe(["Patient", "Clinician", "Hospital"]);
        Type<InterfaceType>("Person").PossibleTypes.Select(type => type.Name).ShouldBe(["Patient", "Clinician"]);
        Type<InterfaceType>("Node").Implementations.Select(type => type.Name).ShouldBe(["Person"]);
        Type<UnionType>("SearchResult").PossibleTypes.Select(type => type.Name).ShouldBe(["Patient", "Invoice"]);
    }

    [Fact]
    public void IsPossibleType_ObjectType_TrueOnlyForMembersAndImplementations()
    {
        Type<InterfaceType>("Person").IsPossibleType(Type<ObjectType>("Patient")).ShouldBeTrue();
        Type<InterfaceType>("Person").IsPossibleType(Type<ObjectType>("Hospital")).ShouldBeFalse();
        Type<UnionType>("SearchResult").IsPossibleType(Type<ObjectType>("Invoice")).ShouldBeTrue();
        Type<UnionType>("SearchResult").IsPossibleType(Type<ObjectType>("Clinician")).ShouldBeFalse();
    }

    [Fact]
    public void IsSubType_ObjectOrInterface_TrueWhenItBelongsOrImplements()
    {
        TypeRelations.IsSubType(Type<InterfaceType>("Node"), Type<InterfaceType>("Person")).ShouldBeTrue();
        TypeRelations.IsSubType(Type<InterfaceType>("Person"), Type<InterfaceType>("Node")).ShouldBeFalse();
        TypeRelations.IsSubType(Type<InterfaceType>("Node"), Type<ObjectType>("Hospital")).ShouldBeTrue();
        TypeRelations.IsSubType(Type<UnionType>("SearchResult"), Type<InterfaceType>("Person")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Patient", "Patient", true)]
    [InlineData("Patient!", "Patient", true)]
    [InlineData("Patient", "Patient!", false)]
    [InlineData("Patient", "Node", true)]
    [InlineData("Patient!", "Person", true)]
    [InlineData("[Patient!]!", "[Node]", true)]
    [InlineData("[Patient]", "[Node!]", false)]
    [InlineData("[Patient]", "Node", false)]
    [InlineData("Patient", "[Node]", false)]
    [InlineData("Invoice", "SearchResult", true)]
    [InlineData("Invoice", "Node", false)]
    [InlineData("Person", "Node", true)]
    [InlineData("Node", "Person", false)]
    [InlineData("Int!", "Int", true)]
    [InlineData("Int", "ID", false)]
    public void IsTypeSubTypeOf_FollowsNonNullListAndAbstractRules(string subType, string superType, bool expected)
    {
        TypeRelations.IsTypeSubTypeOf(Resolve(subType), Resolve(superType)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Patient", "Patient", true)]
    [InlineData("Patient", "Clinician", false)]
    [InlineData("Patient", "Node", true)]
    [InlineData("Node", "Patient", true)]
    [InlineData("Invoice", "Node", false)]
    [InlineData("SearchResult", "Person", true)]
    [InlineData("Billing", "Node", false)]
    [InlineData("Billing", "SearchResult", true)]
    [InlineData("Person", "Node", true)]
    public void DoTypesOverlap_SharesAPossibleObjectType(string typeA, string typeB, bool expected)
    {
        TypeRelations.DoTypesOverlap(_schema.FindType(typeA)!, _schema.FindType(typeB)!).ShouldBe(expected);
    }

    [Fact]
    public void Implements_ObjectType_TrueOnlyForDeclaredInterfaces()
    {
        var patient = Type<ObjectType>("Patient");
        patient.Implements(Type<InterfaceType>("Node")).ShouldBeTrue();
        Type<ObjectType>("Hospital").Implements(Type<InterfaceType>("Person")).ShouldBeFalse();
    }

    private static GraphQLType Resolve(string reference) => reference switch
    {
        _ when reference.EndsWith('!') => new NonNullType(Resolve(reference[..^1])),
        _ when reference.StartsWith('[') => new ListType(Resolve(reference[1..^1])),
        _ => _schema.FindType(reference)!,
    };
}
