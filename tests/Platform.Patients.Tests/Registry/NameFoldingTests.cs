using Platform.Patients.Registry;

namespace Platform.Patients.Tests.Registry;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Müller", "muller")]
    [InlineData("  O'Brien  ", "obrien")]
    [InlineData("Al-Rashid", "al rashid")]
    [InlineData("STRAßE", "strasse")]
    [InlineData("Søren Łukasz", "soren lukasz")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("İlhan", "ilhan")]
    [InlineData("김민준", "김민준")]
    [InlineData("Иванов", "иванов")]
    [InlineData("فاطِمة", "فاطمة")]
    [InlineData("-- .", "")]
    public void Fold_WrittenDifferently_GivesTheSameKey(string name, string folded) =>
        NameFolding.Fold(name).ShouldBe(folded);

    [Fact]
    public void MatchKey_FamilyAndGivenNamesSwapped_IsTheSame() =>
        NameFolding.MatchKey("Nguyen Van", "An").ShouldBe(NameFolding.MatchKey("AN", "nguyễn van"));

    [Fact]
    public void MatchKey_DifferentGivenName_Differs() =>
        NameFolding.MatchKey("Reyes", "Maria Luisa").ShouldNotBe(NameFolding.MatchKey("Reyes", "Maria"));
}
