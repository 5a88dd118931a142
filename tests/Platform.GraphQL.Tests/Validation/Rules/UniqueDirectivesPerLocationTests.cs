using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Directives Are Unique Per Location (repeatable ones excepted).</summary>
public sealed class UniqueDirectivesPerLocationTests
{
    [Fact]
    public void Validate_RepeatableAndDistinct_Valid() => ShouldBeValid(
        """
        query Tagged @tag(name: "a") @tag(name: "b") @audit(reason: "r") {
          me @tag(name: "a") @tag(name: "b") @sensitive @include(if: true) @skip(if: false) { name @sensitive }
        }
        """);

    [Fact]
    public void Validate_RepeatedNonRepeatable_ReportsEachRepeat() => ShouldReport(
        """
        query Once @audit(reason: "a") @audit(reason: "b") {
          me @sensitive @include(if: true) @sensitive @include(if: false) @sensitive { name }
        }
        """,
        Error(UniqueDirectivesPerLocation, "The directive \"@audit\" can only be used once at this location.", (1, 12), (1, 32)),
        Error(UniqueDirectivesPerLocation, "The directive \"@sensitive\" can only be used once at this location.", (2, 6), (2, 36)),
        Error(UniqueDirectivesPerLocation, "The directive \"@include\" can only be used once at this location.", (2, 17), (2, 47)),
        Error(UniqueDirectivesPerLocation, "The directive \"@sensitive\" can only be used once at this location.", (2, 6), (2, 67)));
}
