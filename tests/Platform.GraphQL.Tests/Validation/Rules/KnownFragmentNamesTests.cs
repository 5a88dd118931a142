using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNamesTests
{
    [Fact]
    public void Validate_DefinedFragments_Valid() => ShouldBeValid(
        """
        query { me { ...Name ... on Patient { ...Age } } }
        fragment Name on Person { name }
        fragment Age on Patient { age }
        """);

    [Fact]
    public void Validate_UndefinedFragments_ReportAtName() => ShouldReport(
        """
        query {
          me { ...Nmae ... on Patient { ...   Missing } }
        }
        """,
        Error(KnownFragmentNames, "Unknown fragment \"Nmae\".", (2, 11)),
        Error(KnownFragmentNames, "Unknown fragment \"Missing\".", (2, 39)));
}
