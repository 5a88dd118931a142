using System.Globalization;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Records.Contracts;

namespace Platform.Records.ClinicalSummary;

/// <summary>
/// What clinicians keep current about a patient: diagnoses, medications, allergies. One per patient.
/// Every change appends to <see cref="Changes"/> what the entry said afterwards (or before removal),
/// so the history survives corrections and removals.
/// </summary>
internal sealed class PatientClinicalSummary : Aggregate
{
    private readonly List<Diagnosis> _diagnoses = [];
    private readonly List<Medication> _medications = [];
    private readonly List<Allergy> _allergies = [];
    private readonly List<ClinicalChange> _changes = [];

    private PatientClinicalSummary()
    {
    }

    public Guid PatientId { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public IReadOnlyList<Diagnosis> Diagnoses => _diagnoses;

    public IReadOnlyList<Medication> Medications => _medications;

    public IReadOnlyList<Allergy> Allergies => _allergies;

    public IReadOnlyList<ClinicalChange> Changes => _changes;

    public static PatientClinicalSummary Start(Guid patientId) => new() { PatientId = patientId };

    public Guid RecordDiagnosis(Guid? id, string code, string text, DiagnosisStatus status, DateOnly notedOn, string by, DateTimeOffset now)
    {
        var diagnosis = id is { } existing ? Find(_diagnoses, existing, ClinicalEntryKind.Diagnosis) : Added(_diagnoses, new Diagnosis(Id));
        diagnosis.Set(code, text.Trim(), status, notedOn);
        return Changed(ClinicalEntryKind.Diagnosis, diagnosis.Id, id is null, diagnosis.Describe(), by, now);
    }

    public Guid RecordMedication(Guid? id, string name, string dose, string route, string frequency, DateOnly? startedOn, DateOnly? stoppedOn, string by, DateTimeOffset now)
    {
        var medication = id is { } existing ? Find(_medications, existing, ClinicalEntryKind.Medication) : Added(_medications, new Medication(Id));
        medication.Set(name.Trim(), dose.Trim(), route.Trim(), frequency.Trim(), startedOn, stoppedOn);
        return Changed(ClinicalEntryKind.Medication, medication.Id, id is null, medication.Describe(), by, now);
    }

    public Guid RecordAllergy(Guid? id, string substance, string? reaction, AllergySeverity severity, string by, DateTimeOffset now)
    {
        var allergy = id is { } existing ? Find(_allergies, existing, ClinicalEntryKind.Allergy) : Added(_allergies, new Allergy(Id));
        allergy.Set(substance.Trim(), string.IsNullOrWhiteSpace(reaction) ? null : reaction.Trim(), severity);
        return Changed(ClinicalEntryKind.Allergy, allergy.Id, id is null, allergy.Describe(), by, now);
    }

    /// <summary>Removes an entry recorded in error (its row goes as an orphan); the history keeps what it said.</summary>
    public void Remove(Guid entryId, string reason, string by, DateTimeOffset now)
    {
        (ClinicalEntryKind Kind, object Entry, string Detail)? found =
            _diagnoses.Find(d => d.Id == entryId) is { } d ? (ClinicalEntryKind.Diagnosis, d, d.Describe())
            : _medications.Find(m => m.Id == entryId) is { } m ? (ClinicalEntryKind.Medication, m, m.Describe())
            : _allergies.Find(a => a.Id == entryId) is { } a ? (ClinicalEntryKind.Allergy, a, a.Describe())
            : null;
        if (found is not { } entry)
        {
            throw new NotFoundException("ClinicalSummaryEntry", entryId);
        }

        _ = entry.Entry switch
        {
            Diagnosis diagnosis => _diagnoses.Remove(diagnosis),
            Medication medication => _medications.Remove(medication),
            Allergy allergy => _allergies.Remove(allergy),
            _ => false,
        };
        Append(entry.Kind, entryId, ClinicalChangeAction.Removed, $"{entry.Detail} (removed: {reason.Trim()})", by, now);
    }

    public ClinicalSummaryDto ToDto() => new(
        PatientId,
        [.. _diagnoses.OrderBy(d => d.Status).ThenByDescending(d => d.NotedOn).ThenBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => new DiagnosisDto(d.Id, d.Code, d.Text, d.Status, d.NotedOn))],
        [.. _medications.OrderBy(m => m.StoppedOn is not null).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Select(m => new MedicationDto(m.Id, m.Name, m.Dose, m.Route, m.Frequency, m.StartedOn, m.StoppedOn))],
        [.. _allergies.OrderByDescending(a => a.Severity).ThenBy(a => a.Substance, StringComparer.OrdinalIgnoreCase)
            .Select(a => new AllergyDto(a.Id, a.Substance, a.Reaction, a.Severity))],
        [.. _changes.OrderBy(c => c.At).ThenBy(c => c.Sequence).Select(c => new ClinicalChangeDto(c.At, c.By, c.Kind, c.EntryId, c.Action, c.Detail))],
        UpdatedAt,
        UpdatedBy,
        Version);

    private T Find<T>(List<T> entries, Guid id, ClinicalEntryKind kind)
        where T : ClinicalEntry =>
        entries.Find(e => e.Id == id) ?? throw new NotFoundException(kind.ToString(), $"{id} (in the clinical summary of patient {PatientId})");

    private static T Added<T>(List<T> entries, T entry)
    {
        entries.Add(entry);
        return entry;
    }

    private Guid Changed(ClinicalEntryKind kind, Guid entryId, bool added, string detail, string by, DateTimeOffset now)
    {
        Append(kind, entryId, added ? ClinicalChangeAction.Added : ClinicalChangeAction.Changed, detail, by, now);
        return entryId;
    }

    private void Append(ClinicalEntryKind kind, Guid entryId, ClinicalChangeAction action, string detail, string by, DateTimeOffset now)
    {
        _changes.Add(new ClinicalChange(Id, _changes.Count == 0 ? 1 : _changes.Max(c => c.Sequence) + 1, now, by, kind, entryId, action, detail));
        UpdatedAt = now;
        UpdatedBy = by;
    }
}

/// <summary>An entry of one of the summary's lists.</summary>
internal abstract class ClinicalEntry
{
    protected ClinicalEntry()
    {
    }

    protected ClinicalEntry(Guid summaryId) => SummaryId = summaryId;

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SummaryId { get; private set; }

    public abstract string Describe();
}

internal sealed class Diagnosis : ClinicalEntry
{
    private Diagnosis()
    {
    }

    public Diagnosis(Guid summaryId)
        : base(summaryId)
    {
    }

    public string Code { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DiagnosisStatus Status { get; private set; }

    public DateOnly NotedOn { get; private set; }

    public void Set(string code, string text, DiagnosisStatus status, DateOnly notedOn) => (Code, Text, Status, NotedOn) = (code, text, status, notedOn);

    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Code} {Text}, {Status}, noted {NotedOn:yyyy-MM-dd}");
}

internal sealed class Medication : ClinicalEntry
{
    private Medication()
    {
    }

    public Medication(Guid summaryId)
        : base(summaryId)
    {
    }

    public string Name { get; private set; } = "";

    public string Dose { get; private set; } = "";

    public string Route { get; private set; } = "";

    public string Frequency { get; private set; } = "";

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? StoppedOn { get; private set; }

    public void Set(string name, string dose, string route, string frequency, DateOnly? startedOn, DateOnly? stoppedOn) =>
        (Name, Dose, Route, Frequency, StartedOn, StoppedOn) = (name, dose, route, frequency, startedOn, stoppedOn);

    public override string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} {Dose} {Route} {Frequency}{(StartedOn is { } s ? $", started {s:yyyy-MM-dd}" : "")}{(StoppedOn is { } e ? $", stopped {e:yyyy-MM-dd}" : "")}");
}

internal sealed class Allergy : ClinicalEntry
{
    private Allergy()
    {
    }

    public Allergy(Guid summaryId)
        : base(summaryId)
    {
    }

    public string Substance { get; private set; } = "";

    public string? Reaction { get; private set; }

    public AllergySeverity Severity { get; private set; }

    public void Set(string substance, string? reaction, AllergySeverity severity) => (Substance, Reaction, Severity) = (substance, reaction, severity);

    public override string Describe() => $"{Substance}{(Reaction is { } r ? $" ({r})" : "")}, {Severity}";
}

/// <summary>One line of the summary's history; never changed once written.</summary>
internal sealed class ClinicalChange
{
    private ClinicalChange()
    {
    }

    public ClinicalChange(Guid summaryId, int sequence, DateTimeOffset at, string by, ClinicalEntryKind kind, Guid entryId, ClinicalChangeAction action, string detail)
    {
        SummaryId = summaryId;
        Sequence = sequence;
        At = at;
        By = by;
        Kind = kind;
        EntryId = entryId;
        Action = action;
        Detail = detail.Length <= ClinicalRules.DetailLength ? detail : detail[..ClinicalRules.DetailLength];
    }

    public Guid SummaryId { get; private set; }

    public int Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public ClinicalEntryKind Kind { get; private set; }

    public Guid EntryId { get; private set; }

    public ClinicalChangeAction Action { get; private set; }

    public string Detail { get; private set; } = "";
}
