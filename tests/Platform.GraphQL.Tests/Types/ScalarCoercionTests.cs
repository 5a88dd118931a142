using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Types.TestSchemas;

namespace Platform.GraphQL.Tests.Types;

public class ScalarCoercionTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("-42", -42)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void IntParseLiteral_IntegerInRange_ReturnsInt(string literal, int expected)
    {
        BuiltInScalars.Int.ParseLiteral(Literal(literal)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("-99999999999999999999", "Int cannot represent non 32-bit signed integer value: -99999999999999999999")]
    public void IntParseLiteral_NotA32BitInteger_SaysWhatWasExpected(string literal, string message)
    {
        Should.Throw<CoercionException>(() => BuiltInScalars.Int.ParseLiteral(Literal(literal))).Message.ShouldBe(message);
    }

    [Fact]
    public void IntParseValue_JsonIntegerAndWholeDouble_ReturnInt()
    {
        BuiltInScalars.Int.ParseValue(Json("7")).ShouldBe(7);
        BuiltInScalars.Int.ParseValue(Json("7.0")).ShouldBe(7);
        BuiltInScalars.Int.ParseValue(7L).ShouldBe(7);
        BuiltInScalars.Int.ParseValue(7.0).ShouldBe(7);
    }

    [Theory]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("\"7\"", "Int cannot represent non-integer value: \"7\"")]
    [InlineData("false", "Int cannot represent non-integer value: false")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    [InlineData("3000000000", "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("1e30", "Int cannot represent non 32-bit signed integer value: 1e30")]
    public void IntParseValue_JsonThatIsNotA32BitInteger_Throws(string json, string message)
    {
        Should.Throw<CoercionException>(() => BuiltInScalars.Int.ParseValue(Json(json))).Message.ShouldBe(message);
    }

    [Fact]
    public void IntSerialize_LosslessValues_ReturnInt()
    {
        BuiltInScalars.Int.Serialize(5).ShouldBe(5);
        BuiltInScalars.Int.Serialize(5L).ShouldBe(5);
        BuiltInScalars.Int.Serialize(5.0).ShouldBe(5);
        BuiltInScalars.Int.Serialize("12").ShouldBe(12);
        BuiltInScalars.Int.Serialize(true).ShouldBe(1);
    }

    [Fact]
    public void IntSerialize_FractionOrOutOfRange_Throws()
    {
        Should.Throw<CoercionException>(() => BuiltInScalars.Int.Serialize(1.5)).Message.ShouldBe("Int cannot represent non-integer value: 1.5");
        Should.Throw<CoercionException>(() => BuiltInScalars.Int.Serialize(3_000_000_000L))
            .Message.ShouldBe("Int cannot represent non 32-bit signed integer value: 3000000000");
        Should.Throw<CoercionException>(() => BuiltInScalars.Int.Serialize("abc")).Message.ShouldBe("Int cannot represent non-integer value: \"abc\"");
    }

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("1.5", 1.5)]
    [InlineData("-6.02e23", -6.02e23)]
    public void FloatParseLiteral_Number_ReturnsDouble(string literal, double expected)
    {
        BuiltInScalars.Float.ParseLiteral(Literal(literal)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("1e999", "Float cannot represent a value outside the finite double range: 1e999")]
    [InlineData("NAN", "Float cannot represent non numeric value: NAN")]
    public void FloatParseLiteral_NotAFiniteNumber_Throws(string literal, string message)
    {
        Should.Throw<CoercionException>(() => BuiltInScalars.Float.ParseLiteral(Literal(literal))).Message.ShouldBe(message);
    }

    [Fact]
    public void FloatParseValueAndSerialize_NonFiniteOrString_Throw()
    {
        BuiltInScalars.Float.ParseValue(Json("2")).ShouldBe(2.0);
        BuiltInScalars.Float.ParseValue(1.25m).ShouldBe(1.25);
        Should.Throw<CoercionException>(() => BuiltInScalars.Float.ParseValue(Json("\"2\""))).Message.ShouldBe("Float cannot represent non numeric value: \"2\"");
        Should.Throw<CoercionException>(() => BuiltInScalars.Float.Serialize(double.NaN)).Message.ShouldBe("Float cannot represent non numeric value: NaN");
        Should.Throw<CoercionException>(() => BuiltInScalars.Float.Serialize(double.PositiveInfinity)).Message.ShouldStartWith("Float cannot represent non numeric value");
    }

    [Fact]
    public void String_NonStringInput_IsRefused_PrimitivesSerializeAsText()
    {
        BuiltInScalars.String.ParseLiteral(Literal("\"héllo\"")).ShouldBe("héllo");
        BuiltInScalars.String.ParseValue(Json("\"x\"")).ShouldBe("x");
        Should.Throw<CoercionException>(() => BuiltInScalars.String.ParseLiteral(Literal("1"))).Message.ShouldBe("String cannot represent a non string value: 1");
        Should.Throw<CoercionException>(() => BuiltInScalars.String.ParseValue(Json("true"))).Message.ShouldBe("String cannot represent a non string value: true");
        BuiltInScalars.String.Serialize(true).ShouldBe("true");
        BuiltInScalars.String.Serialize(1.5).ShouldBe("1.5");
        Should.Throw<CoercionException>(() => BuiltInScalars.String.Serialize(new object())).Message.ShouldStartWith("String cannot represent value:");
    }

    [Fact]
    public void Boolean_NonBooleanInput_IsRefused()
    {
        BuiltInScalars.Boolean.ParseLiteral(Literal("false")).ShouldBe(false);
        BuiltInScalars.Boolean.ParseValue(Json("true")).ShouldBe(true);
        Should.Throw<CoercionException>(() => BuiltInScalars.Boolean.ParseLiteral(Literal("1"))).Message.ShouldBe("Boolean cannot represent a non boolean value: 1");
        Should.Throw<CoercionException>(() => BuiltInScalars.Boolean.ParseValue("true")).Message.ShouldBe("Boolean cannot represent a non boolean value: \"true\"");
        BuiltInScalars.Boolean.Serialize(0).ShouldBe(false);
        Should.Throw<CoercionException>(() => BuiltInScalars.Boolean.Serialize("yes")).Message.ShouldBe("Boolean cannot represent a non boolean value: \"yes\"");
    }

    [Fact]
    public void Id_StringOrIntegerInput_IsAcceptedAsString()
    {
        BuiltInScalars.ID.ParseLiteral(Literal("\"p-1\"")).ShouldBe("p-1");
        BuiltInScalars.ID.ParseLiteral(Literal("4")).ShouldBe("4");
        BuiltInScalars.ID.ParseValue(Json("4")).ShouldBe("4");
        BuiltInScalars.ID.ParseValue(Json("\"4\"")).ShouldBe("4");
        BuiltInScalars.ID.Serialize(42L).ShouldBe("42");
        BuiltInScalars.ID.Serialize(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")).ShouldBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    [Fact]
    public void Id_FloatsAndBooleans_AreRefused()
    {
        Should.Throw<CoercionException>(() => BuiltInScalars.ID.ParseLiteral(Literal("1.5")))
            .Message.ShouldBe("ID cannot represent a non-string and non-integer value: 1.5");
        Should.Throw<CoercionException>(() => BuiltInScalars.ID.ParseValue(Json("1.5"))).Message.ShouldBe("ID cannot represent value: 1.5");
        Should.Throw<CoercionException>(() => BuiltInScalars.ID.Serialize(true)).Message.ShouldBe("ID cannot represent value: true");
    }
}
