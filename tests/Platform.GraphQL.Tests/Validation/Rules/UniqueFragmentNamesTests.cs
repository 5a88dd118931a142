using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesTests
{
    [Fact]
    public void Validate_DistinctFragments_Valid() => ShouldBeValid(
        """
        query { me { ...Name ...Birth } }
        fragment Name on Person { name }
        fragment Birth on Person { birthDate }
        """);

    [Fact]
    public void Validate_SameNameThreeTimes_ReportsEachRepeat() => ShouldReport(
        """
        query { me { ...Name } }
        fragment Name on Person { name }
        fragment Name on Person { birthDate }
        fragment Name on Person { id }
        """,
        Error(UniqueFragmentNames, "There can be only one fragment named \"Name\".", (2, 10), (3, 10)),
        Error(UniqueFragmentNames, "There can be only one fragment named \"Name\".", (2, 10), (4, 10)));
}
