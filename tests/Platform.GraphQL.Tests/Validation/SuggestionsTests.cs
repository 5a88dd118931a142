using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>The "Did you mean" hints: which names are close enough, in which order, and how they are worded.</summary>
public sealed class SuggestionsTests
{
    [Fact]
    public void Rank_ExactCaseChangeSwapAndTypo_ExactFirstThenTiesInNaturalOrder() =>
        Suggestions.Rank("name", ["nmae", "Name", "name", "names", "birthDate"]).ShouldBe(["name", "Name", "names", "nmae"]);

    [Fact]
    public void Rank_TooFarAway_LeftOut() =>
        Suggestions.Rank("id", ["identifier", "age", "ix"]).ShouldBe(["ix"]);

    [Fact]
    public void Rank_EqualDistance_NaturalOrderWithNumbers() =>
        Suggestions.Rank("step", ["step10", "step2", "step1"]).ShouldBe(["step1", "step2", "step10"]);

    [Fact]
    public void Rank_RepeatedOption_SuggestedOnce() =>
        Suggestions.Rank("statu", ["status", "status"]).ShouldBe(["status"]);

    [Fact]
    public void DidYouMean_NoSuggestions_Empty() => Suggestions.DidYouMean([]).ShouldBe(string.Empty);

    [Fact]
    public void DidYouMean_OneTwoAndMany_WordedLikeGraphQLJs()
    {
        Suggestions.DidYouMean(["a"]).ShouldBe(" Did you mean \"a\"?");
        Suggestions.DidYouMean(["a", "b"]).ShouldBe(" Did you mean \"a\" or \"b\"?");
        Suggestions.DidYouMean(["a", "b", "c"]).ShouldBe(" Did you mean \"a\", \"b\", or \"c\"?");
    }

    [Fact]
    public void DidYouMean_MoreThanFive_KeepsFirstFive() =>
        Suggestions.DidYouMean(["a", "b", "c", "d", "e", "f"]).ShouldBe(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?");

    [Fact]
    public void DidYouMean_WithSubject_PutsSubjectFirst() =>
        Suggestions.DidYouMean(["Patient"], "to use an inline fragment on").ShouldBe(" Did you mean to use an inline fragment on \"Patient\"?");
}
