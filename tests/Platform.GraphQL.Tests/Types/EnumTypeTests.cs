using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Types.TestSchemas;

namespace Platform.GraphQL.Tests.Types;

public class EnumTypeTests
{
    private static readonly EnumType _status = (EnumType)Build("""
        type Query { status: JourneyStatus }
        "Where a patient's journey stands."
        enum JourneyStatus {
          PLANNED
          "Under treatment at the hospital."
          IN_TREATMENT
          DISCHARGED @deprecated(reason: "Use COMPLETED.")
          COMPLETED
        }
        """).FindType("JourneyStatus")!;

    [Fact]
    public void Values_ParsedEnum_KeepOrderDescriptionsAndDeprecation()
    {
        _status.Values.Select(value => value.Name).ShouldBe(["PLANNED", "IN_TREATMENT", "DISCHARGED", "COMPLETED"]);
        _status.Values[1].Description.ShouldBe("Under treatment at the hospital.");
        _status.Values[2].DeprecationReason.ShouldBe("Use COMPLETED.");
        _status.Values[2].Coordinate.ShouldBe("JourneyStatus.DISCHARGED");
        _status.Values[3].IsDeprecated.ShouldBeFalse();
    }

    [Fact]
    public void ParseLiteral_EnumValue_ReturnsRuntimeValue_StringsAreRefused()
    {
        _status.ParseLiteral(new EnumValueNode("PLANNED")).ShouldBe("PLANNED");
        Should.Throw<CoercionException>(() => _status.ParseLiteral(Literal("\"PLANNED\""))).Message
            .ShouldBe("Enum \"JourneyStatus\" cannot represent non-enum value: \"PLANNED\". Did you mean the enum value \"PLANNED\"?");
        Should.Throw<CoercionException>(() => _status.ParseLiteral(new EnumValueNode("LOST"))).Message
            .ShouldBe("Value \"LOST\" does not exist in \"JourneyStatus\" enum.");
    }

    [Fact]
    public void ParseValue_StringNamingAValue_ReturnsRuntimeValue()
    {
        _status.ParseValue(Json("\"COMPLETED\"")).ShouldBe("COMPLETED");
        Should.Throw<CoercionException>(() => _status.ParseValue(Json("1"))).Message
            .ShouldBe("Enum \"JourneyStatus\" cannot represent non-string value: 1.");
        Should.Throw<CoercionException>(() => _status.ParseValue("planned")).Message
            .ShouldBe("Value \"planned\" does not exist in \"JourneyStatus\" enum.");
    }

    [Fact]
    public void Serialize_UnknownRuntimeValue_Throws()
    {
        _status.Serialize("IN_TREATMENT").ShouldBe("IN_TREATMENT");
        Should.Throw<CoercionException>(() => _status.Serialize("LOST")).Message.ShouldBe("Enum \"JourneyStatus\" cannot represent value: \"LOST\"");
    }

    [Fact]
    public void BindEnumValue_TwoValuesWithOneRuntimeValue_IsReported()
    {
        var builder = SchemaBuilder.FromSdl("type Query { s: S } enum S { A B }")
            .BindEnumValue("S", "A", 1)
            .BindEnumValue("S", "B", 1);

        Errors(builder).ShouldBe(["Enum values S.A and S.B have the same runtime value 1; results could not tell them apart."]);
    }

    [Fact]
    public void Build_EnumValueNamedTrueInCode_IsReported()
    {
        var values = new EnumValueDefinitionNode[] { new(new NameNode("true")), new(new NameNode("maybe")) };
        var builder = SchemaBuilder.FromSdl("type Query { s: S }").AddTypes(new EnumTypeDefinitionNode(new NameNode("S"), [.. values]));

        Errors(builder).ShouldBe(["Enum type S cannot include value: true."]);
    }
}
