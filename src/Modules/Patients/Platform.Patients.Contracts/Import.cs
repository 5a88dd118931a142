using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Patients.Contracts;

/// <summary>
/// Brings patients over from another system (a previous registry, a partner's list) in one
/// transaction: every row is checked by the rules of <see cref="RegisterPatient"/> and either all
/// are registered or none is. At most <see cref="MaxBatch"/> a request; send a large file in
/// batches. <see cref="PatientImport.RegisteredAt"/> keeps the date the other system registered the
/// patient. Duplicate candidates are not looked for row by row (an import of many thousands would
/// pay a search per row); run duplicate detection on the imported records afterwards.
/// </summary>
[RequiresRole(Roles.Administrator)]
[Audited("Patient")]
public sealed record ImportPatients(IReadOnlyList<PatientImport> Patients) : ICommand<ImportResult>
{
    /// <summary>The most rows one request takes.</summary>
    public const int MaxBatch = 1000;
}

/// <summary>One row of an import: the registration, and when the source system registered the patient (now when null).</summary>
public sealed record PatientImport(RegisterPatient Registration, DateTimeOffset? RegisteredAt);

/// <summary>The ids of the imported records, in the order of the rows.</summary>
public sealed record ImportResult(IReadOnlyList<Guid> PatientIds);
