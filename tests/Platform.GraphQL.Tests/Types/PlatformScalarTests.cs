using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Types.TestSchemas;

namespace Platform.GraphQL.Tests.Types;

public class PlatformScalarTests
{
    [Theory]
    [InlineData("2025-06-01T08:30:00Z", "2025-06-01T08:30:00Z")]
    [InlineData("2025-06-01t08:30:00z", "2025-06-01T08:30:00Z")]
    [InlineData("2025-06-01T10:30:00.5+02:00", "2025-06-01T10:30:00.5+02:00")]
    [InlineData("2025-06-01T10:30:00.123456789-03:30", "2025-06-01T10:30:00.1234567-03:30")]
    [InlineData("2024-02-29T23:59:59+00:00", "2024-02-29T23:59:59Z")]
    public void DateTime_Rfc3339WithOffset_RoundTrips(string input, string serialized)
    {
        var value = BuiltInScalars.DateTime.ParseLiteral(Literal($"\"{input}\""));

        value.ShouldBeOfType<DateTimeOffset>();
        BuiltInScalars.DateTime.Serialize(value).ShouldBe(serialized);
        BuiltInScalars.DateTime.ParseValue(Json($"\"{input}\"")).ShouldBe(value);
    }

    [Theory]
    [InlineData("2025-06-01T08:30:00")]
    [InlineData("2025-06-01 08:30:00Z")]
    [InlineData("2025-06-01")]
    [InlineData("2025-02-30T08:30:00Z")]
    [InlineData("2025-06-01T24:00:00Z")]
    [InlineData("2025-6-1T08:30:00Z")]
    [InlineData("2025-06-01T08:30:00+15:00")]
    public void DateTime_InvalidOrWithoutOffset_IsRefusedWithTheExpectedForm(string input)
    {
        Should.Throw<CoercionException>(() => BuiltInScalars.DateTime.ParseValue(input)).Message
            .ShouldBe($"DateTime cannot represent an invalid date-time string: \"{input}\"; expected an RFC 3339 date-time with an offset, e.g. \"2025-06-01T08:30:00Z\".");
    }

    [Fact]
    public void DateTimeSerialize_UnspecifiedKind_IsRefused_UtcIsAccepted()
    {
        var unspecified = new DateTime(2025, 6, 1, 8, 30, 0, DateTimeKind.Unspecified);
        Should.Throw<CoercionException>(() => BuiltInScalars.DateTime.Serialize(unspecified)).Message.ShouldContain("without an offset");
        BuiltInScalars.DateTime.Serialize(DateTime.SpecifyKind(unspecified, DateTimeKind.Utc)).ShouldBe("2025-06-01T08:30:00Z");
        Should.Throw<CoercionException>(() => BuiltInScalars.DateTime.ParseLiteral(Literal("1"))).Message
            .ShouldStartWith("DateTime cannot represent a non string value: 1;");
    }

    [Fact]
    public void Date_CalendarDate_RoundTrips_AndDateTimesAreRefused()
    {
        BuiltInScalars.Date.ParseLiteral(Literal("\"2024-02-29\"")).ShouldBe(new DateOnly(2024, 2, 29));
        BuiltInScalars.Date.Serialize(new DateOnly(2025, 1, 9)).ShouldBe("2025-01-09");
        Should.Throw<CoercionException>(() => BuiltInScalars.Date.ParseValue("2025-02-29")).Message
            .ShouldBe("Date cannot represent an invalid date string: \"2025-02-29\"; expected a calendar date such as \"2025-06-01\".");
        Should.Throw<CoercionException>(() => BuiltInScalars.Date.ParseValue("2025-06-01T00:00:00Z")).Message.ShouldStartWith("Date cannot represent an invalid date string");
        Should.Throw<CoercionException>(() => BuiltInScalars.Date.Serialize(DateTime.UtcNow)).Message.ShouldContain("return a DateOnly");
    }

    [Fact]
    public void Decimal_KeepsEveryDigit_AndSerializesAsString()
    {
        BuiltInScalars.Decimal.ParseValue(Json("12345678901234567890.123456789")).ShouldBe(12345678901234567890.123456789m);
        BuiltInScalars.Decimal.ParseLiteral(Literal("0.1")).ShouldBe(0.1m);
        BuiltInScalars.Decimal.ParseLiteral(Literal("\"1234.50\"")).ShouldBe(1234.50m);
        BuiltInScalars.Decimal.Serialize(1234.50m).ShouldBe("1234.50");
        BuiltInScalars.Decimal.Serialize(7).ShouldBe("7");
    }

    [Fact]
    public void Decimal_NonNumbersAndOverflow_AreRefused()
    {
        Should.Throw<CoercionException>(() => BuiltInScalars.Decimal.ParseValue("12,5")).Message
            .ShouldBe("Decimal cannot represent an invalid decimal string: \"12,5\"; expected a decimal number such as \"1234.50\".");
        Should.Throw<CoercionException>(() => BuiltInScalars.Decimal.ParseLiteral(Literal("true"))).Message
            .ShouldStartWith("Decimal cannot represent a non numeric value: true");
        Should.Throw<CoercionException>(() => BuiltInScalars.Decimal.ParseLiteral(Literal("1e40"))).Message
            .ShouldBe("Decimal cannot represent a value outside its range (about ±7.9e28): \"1e40\"");
    }

    [Fact]
    public void Uuid_HyphenatedForm_IsReadInAnyCase_AndWrittenLowerCase()
    {
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        BuiltInScalars.Uuid.ParseLiteral(Literal("\"0F8FAD5B-D9CB-469F-A165-70867728950E\"")).ShouldBe(guid);
        BuiltInScalars.Uuid.Serialize(guid).ShouldBe("0f8fad5b-d9cb-469f-a165-70867728950e");
        Should.Throw<CoercionException>(() => BuiltInScalars.Uuid.ParseValue("0f8fad5bd9cb469fa16570867728950e")).Message
            .ShouldStartWith("UUID cannot represent an invalid UUID string: \"0f8fad5bd9cb469fa16570867728950e\"");
    }

    [Fact]
    public void Url_RelativeReference_IsRefused()
    {
        BuiltInScalars.Url.ParseValue("https://example.org/reports/42.pdf").ShouldBe(new Uri("https://example.org/reports/42.pdf"));
        BuiltInScalars.Url.Serialize(new Uri("https://example.org/a b")).ShouldBe("https://example.org/a%20b");
        Should.Throw<CoercionException>(() => BuiltInScalars.Url.ParseValue("/etc/passwd")).Message
            .ShouldBe("URL cannot represent an invalid absolute URL: \"/etc/passwd\"; expected an absolute URL with a scheme, e.g. \"https://example.org/path\".");
        Should.Throw<CoercionException>(() => BuiltInScalars.Url.ParseValue("example.org")).Message.ShouldStartWith("URL cannot represent an invalid absolute URL");
    }

    [Fact]
    public void SpecifiedByUrl_PlatformScalars_PointToTheirSpecification()
    {
        BuiltInScalars.DateTime.SpecifiedByUrl.ShouldBe("https://scalars.graphql.org/chillicream/date-time.html");
        BuiltInScalars.Uuid.SpecifiedByUrl.ShouldBe("https://www.rfc-editor.org/rfc/rfc9562");
        BuiltInScalars.Decimal.SpecifiedByUrl.ShouldBeNull();
        BuiltInScalars.Int.IsSpecifiedScalar.ShouldBeTrue();
        BuiltInScalars.DateTime.IsSpecifiedScalar.ShouldBeFalse();
    }
}
