using Platform.Kernel.Messaging;

namespace Platform.Patients.Registry;

/// <summary>Absorbing a duplicate record of the same person.</summary>
internal sealed partial class Patient
{
    private readonly List<PatientMerge> _merges = [];

    public IReadOnlyList<PatientMerge> Merges => _merges;

    /// <summary>Refuses a merge that would lose or tangle records, with the reason and what to do instead.</summary>
    public static void EnsureCanMerge(Patient survivor, Patient duplicate)
    {
        if (survivor.Id == duplicate.Id)
        {
            throw new BusinessRuleException(
                "MERGE_INTO_ITSELF",
                $"Patient '{survivor.Id}' cannot be merged into itself: name the duplicate record to retire and a different record to keep.");
        }

        if (duplicate.MergedIntoId is { } earlier)
        {
            throw new BusinessRuleException(
                "PATIENT_ALREADY_MERGED",
                $"Patient '{duplicate.Id}' was already merged into patient '{earlier}' on {duplicate.MergedAt:u}; there is nothing left to merge.");
        }

        if (survivor.MergedIntoId is { } onward)
        {
            throw new BusinessRuleException(
                "SURVIVOR_ALREADY_MERGED",
                $"Patient '{survivor.Id}' was itself merged into patient '{onward}' on {survivor.MergedAt:u}; merge patient '{duplicate.Id}' into '{onward}' instead.");
        }
    }

    /// <summary>
    /// Takes the duplicate's related persons (but not exact repeats of someone already on file),
    /// its languages after this record's own, and its whole consent history with provenance; the
    /// duplicate is marked as merged, never deleted. An interpreter need on either record is kept.
    /// </summary>
    public PatientMerge Absorb(Patient duplicate, string? note, string by, DateTimeOffset now)
    {
        EnsureCanMerge(this, duplicate);

        var people = duplicate.RelatedPersons.Where(p => !_relatedPersons.Any(mine => mine.Facts == p.Facts)).ToList();
        _relatedPersons.AddRange(people.Select(p => p.CopyTo(Id)));

        var ownTags = LanguageTags.ToHashSet();
        var languages = duplicate.LanguageTags.Where(t => !ownTags.Contains(t)).ToList();
        foreach (var tag in languages)
        {
            _languages.Add(PreferredLanguage.Create(Id, _languages.Count + 1, tag, mergedFrom: duplicate.Id));
        }

        InterpreterNeeded |= duplicate.InterpreterNeeded;
        _consents.AddRange(duplicate.Consents.Select(c => c.CopyTo(Id)));

        var merge = PatientMerge.Record(Id, duplicate.Id, note, people.Count, languages.Select(t => t.Value), duplicate.Consents.Count, by, now);
        _merges.Add(merge);
        duplicate.MergedIntoId = Id;
        duplicate.MergedAt = now;
        duplicate.Touch(by, now);
        Touch(by, now);
        return merge;
    }
}
