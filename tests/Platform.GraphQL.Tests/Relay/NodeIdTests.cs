using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;

namespace Platform.GraphQL.Tests.Relay;

public class NodeIdTests
{
    [Theory]
    [InlineData("Patient", "42")]
    [InlineData("CarePathway", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("Quote_Line", "a:b:c ü/+=")]
    public void Parse_EncodedId_ReturnsTypeNameAndLocalId(string typeName, string localId)
    {
        var id = new NodeId(typeName, localId).ToString();

        NodeId.Parse(id).ShouldBe(new NodeId(typeName, localId));
    }

    [Fact]
    public void ToString_Always_IsBase64UrlWithoutTypeNameInClear()
    {
        var id = new NodeId("Patient", "a/b?c").ToString();

        id.ShouldNotContain("Patient");
        id.ShouldMatch("^[A-Za-z0-9_-]+$");
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("not base64!", "it is not base64url text")]
    [InlineData("UGF0aWVudDo0Mg==", "it is not base64url text")] // padded standard base64 is refused: ids are used exactly as returned
    [InlineData("NDI", "it does not start with a type name")] // "42"
    [InlineData("OlBhdGllbnQ", "it does not start with a type name")] // ":Patient"
    [InlineData("MVBhdGllbnQ6NDI", "it does not start with a type name")] // "1Patient:42"
    [InlineData("UGF0aWVudDo", "it has no local id")] // "Patient:"
    [InlineData("_w", "it does not decode to text")] // 0xFF
    public void Parse_MalformedId_ThrowsWithReason(string id, string reason)
    {
        var error = Should.Throw<GraphQLException>(() => NodeId.Parse(id));

        error.Message.ShouldBe($"'{id}' is not a valid node id: {reason}. Use an id exactly as the API returned it.");
        NodeId.TryParse(id, out _).ShouldBeFalse();
    }
}
