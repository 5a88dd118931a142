using Platform.Kernel.Messaging;
using Platform.Kernel.Values;

namespace Platform.Patients.Registry;

/// <summary>Languages, cultural preferences, related persons and the home physician.</summary>
internal sealed partial class Patient
{
    private readonly List<PreferredLanguage> _languages = [];
    private readonly List<RelatedPerson> _relatedPersons = [];

    public IReadOnlyList<PreferredLanguage> Languages => _languages;

    public bool InterpreterNeeded { get; private set; }

    public CulturalProfile Culture { get; private set; } = CulturalProfile.NotAsked;

    public IReadOnlyList<RelatedPerson> RelatedPersons => _relatedPersons;

    public HomePhysician? HomePhysician { get; private set; }

    /// <summary>The languages in order of preference.</summary>
    public IEnumerable<LanguageTag> LanguageTags => _languages.OrderBy(l => l.Rank).Select(l => l.Tag);

    public void ChangeLanguages(IReadOnlyList<LanguageTag> languages, bool interpreterNeeded, string by, DateTimeOffset now)
    {
        EnsureNotMerged();
        ApplyLanguages(languages, interpreterNeeded);
        Touch(by, now);
    }

    public void ChangeCulture(CulturalProfile culture, string by, DateTimeOffset now)
    {
        EnsureNotMerged();
        Culture = culture;
        Touch(by, now);
    }

    public void AddRelatedPerson(RelatedPersonFacts facts, string by, DateTimeOffset now)
    {
        EnsureNotMerged();
        _relatedPersons.Add(RelatedPerson.Create(Id, facts, by, now));
        Touch(by, now);
    }

    public void RemoveRelatedPerson(Guid relatedPersonId, string by, DateTimeOffset now)
    {
        EnsureNotMerged();
        var person = _relatedPersons.Find(p => p.Id == relatedPersonId) ?? throw new NotFoundException(nameof(RelatedPerson), relatedPersonId);
        _relatedPersons.Remove(person);
        Touch(by, now);
    }

    public void ChangeHomePhysician(HomePhysician? physician, string by, DateTimeOffset now)
    {
        EnsureNotMerged();
        HomePhysician = physician;
        Touch(by, now);
    }

    private void ApplyLanguages(IReadOnlyList<LanguageTag> languages, bool interpreterNeeded)
    {
        _languages.Clear();
        foreach (var tag in languages.Distinct())
        {
            _languages.Add(PreferredLanguage.Create(Id, _languages.Count + 1, tag, mergedFrom: null));
        }

        InterpreterNeeded = interpreterNeeded;
    }
}
