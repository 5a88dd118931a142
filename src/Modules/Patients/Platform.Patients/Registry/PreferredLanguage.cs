using Platform.Kernel.Values;

namespace Platform.Patients.Registry;

/// <summary>A language the patient speaks; rank 1 is the most preferred.</summary>
internal sealed class PreferredLanguage
{
    private PreferredLanguage()
    {
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public int Rank { get; private set; }

    public LanguageTag Tag { get; private set; } = null!;

    /// <summary>Set when a merge brought the language over from a duplicate record.</summary>
    public Guid? MergedFromPatientId { get; private set; }

    public static PreferredLanguage Create(Guid patientId, int rank, LanguageTag tag, Guid? mergedFrom) =>
        new() { Id = Guid.CreateVersion7(), PatientId = patientId, Rank = rank, Tag = tag, MergedFromPatientId = mergedFrom };
}
