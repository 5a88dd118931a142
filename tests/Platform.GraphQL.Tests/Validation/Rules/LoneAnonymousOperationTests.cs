using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Lone Anonymous Operation.</summary>
public sealed class LoneAnonymousOperationTests
{
    [Fact]
    public void Validate_AnonymousWithNamed_ReportsAnonymous() => ShouldReport(
        """
        { me { name } }
        query Named { me { id } }
        """,
        Error(LoneAnonymousOperation, "This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Validate_SingleAnonymousOperation_Valid() => ShouldBeValid(
        """
        { me { name ...Name } }
        fragment Name on Person { name }
        """);

    [Fact]
    public void Validate_TwoAnonymous_ReportsEach() => ShouldReport(
        """
        { me { name } }
        mutation { dischargePatient(id: "1") { id } }
        """,
        Error(LoneAnonymousOperation, "This anonymous operation must be the only defined operation.", (1, 1)),
        Error(LoneAnonymousOperation, "This anonymous operation must be the only defined operation.", (2, 1)));
}
