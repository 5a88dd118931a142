using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Records.Contracts;
using Platform.Records.Tests.Infrastructure;

namespace Platform.Records.Tests.ClinicalSummary;

/// <summary>The clinical summary through MediatR on a real database: kept by clinicians, history of every change, read by care staff and the patient.</summary>
public abstract class ClinicalSummaryTests(string provider) : RecordsTestBase(provider)
{
    internal static readonly System.Security.Claims.ClaimsPrincipal Clinician = PlatformPrincipal.Create("dr-lopez", "Dr. Elena López", [Roles.Clinician]);

    [Fact]
    public async Task Clinician_AddsChangesAndRemovesEntries_AndTheHistoryKeepsWhoDidWhat()
    {
        var patient = await RegisterAsync();
        var notedOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(-3);

        var summary = await Send(Clinician, new RecordDiagnosis(patient.Id, null, null, "m171", "Primary osteoarthritis, right knee", DiagnosisStatus.Active, notedOn));
        summary = await Send(Clinician, new RecordMedication(patient.Id, summary.Version, null, "Apixaban", "2.5 mg", "oral", "twice daily", notedOn));
        summary = await Send(Clinician, new RecordAllergy(patient.Id, summary.Version, null, "Penicillin", "Hives", AllergySeverity.Severe));
        summary = await Send(Clinician, new RecordDiagnosis(patient.Id, summary.Version, summary.Diagnoses[0].Id, "M17.1", "Primary osteoarthritis, right knee", DiagnosisStatus.Resolved, notedOn));
        summary = await Send(Clinician, new RemoveClinicalEntry(patient.Id, summary.Version, summary.Allergies[0].Id, "Recorded for the wrong patient"));

        summary.Diagnoses.ShouldHaveSingleItem().ShouldSatisfyAllConditions(d => d.Code.ShouldBe("M17.1"), d => d.Status.ShouldBe(DiagnosisStatus.Resolved));
        summary.Medications.ShouldHaveSingleItem().Name.ShouldBe("Apixaban");
        summary.Allergies.ShouldBeEmpty();
        summary.History.Select(h => (h.Kind, h.Action, h.By)).ShouldBe(
        [
            (ClinicalEntryKind.Diagnosis, ClinicalChangeAction.Added, "dr-lopez"),
            (ClinicalEntryKind.Medication, ClinicalChangeAction.Added, "dr-lopez"),
            (ClinicalEntryKind.Allergy, ClinicalChangeAction.Added, "dr-lopez"),
            (ClinicalEntryKind.Diagnosis, ClinicalChangeAction.Changed, "dr-lopez"),
            (ClinicalEntryKind.Allergy, ClinicalChangeAction.Removed, "dr-lopez"),
        ]);
        summary.History[^1].Detail.ShouldBe("Penicillin (Hives), Severe (removed: Recorded for the wrong patient)");
        summary.Version.ShouldBe(5);
        var read = (await ReadAsync(Users.Coordinator, patient.Id))!;
        (read.Version, read.History.Count).ShouldBe((5, 5));
        read.Diagnoses.ShouldBe(summary.Diagnoses);
        read.Medications.ShouldBe(summary.Medications);
    }

    [Theory]
    [InlineData("XYZ", "code", "Icd10")]
    [InlineData("I2", "code", "Icd10")]
    [InlineData("125.1", "code", "Icd10")]
    [InlineData("", "code", "NotEmpty")]
    public async Task Diagnosis_WithACodeNotShapedLikeICD10_IsRefused_AndNothingIsStored(string code, string field, string rule)
    {
        var patient = await RegisterAsync();

        var refused = await Should.ThrowAsync<ValidationException>(() =>
            Send(Clinician, new RecordDiagnosis(patient.Id, null, null, code, "Angina", DiagnosisStatus.Active, new DateOnly(2026, 1, 5))));

        refused.Errors.ShouldContain(e => e.Field == field && e.Rule == rule, refused.Message);
        (await ReadAsync(Users.Coordinator, patient.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task Entries_WithBrokenFields_NameEachFieldAndValue()
    {
        var patient = await RegisterAsync();
        var tomorrow = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(1);

        var diagnosis = await Should.ThrowAsync<ValidationException>(() =>
            Send(Clinician, new RecordDiagnosis(patient.Id, null, null, "I25.10", " ", (DiagnosisStatus)9, tomorrow)));
        var medication = await Should.ThrowAsync<ValidationException>(() =>
            Send(Clinician, new RecordMedication(patient.Id, null, null, "Apixaban", "", "oral", "daily", new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 1))));

        diagnosis.Errors.Select(e => e.Field).ShouldBe(["text", "status", "notedOn"], ignoreOrder: true);
        diagnosis.Errors.Single(e => e.Field == "notedOn").Message.ShouldContain("must not be after today");
        medication.Errors.Select(e => e.Field).ShouldBe(["dose", "stoppedOn"], ignoreOrder: true);
        medication.Errors.Single(e => e.Field == "stoppedOn").Message.ShouldBe("'stoppedOn' must be on or after startedOn (2026-05-02); got '2026-05-01'.");
    }

    [Fact]
    public async Task Change_FromAStaleVersion_IsAConflict_AndChangesNothing()
    {
        var patient = await RegisterAsync();
        var first = await Send(Clinician, new RecordAllergy(patient.Id, null, null, "Latex", null, AllergySeverity.Moderate));
        await Send(Clinician, new RecordAllergy(patient.Id, first.Version, null, "Iodine contrast", "Anaphylaxis", AllergySeverity.LifeThreatening));

        await Should.ThrowAsync<ConcurrencyConflictException>(() => Send(Clinician, new RecordAllergy(patient.Id, first.Version, null, "Peanuts", null, AllergySeverity.Mild)));
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Send(Clinician, new RecordAllergy(patient.Id, null, null, "Peanuts", null, AllergySeverity.Mild)));

        (await ReadAsync(Users.Coordinator, patient.Id))!.Allergies.Select(a => a.Substance).ShouldBe(["Iodine contrast", "Latex"]);
    }

    [Fact]
    public async Task OnlyClinicians_Record_CareStaffAndThePatientRead_OthersSeeNothing()
    {
        var patient = await RegisterAsync();
        await Send(Clinician, new RecordAllergy(patient.Id, null, null, "Latex", null, AllergySeverity.Moderate));
        var ownPatient = PlatformPrincipal.Create("fatima", "Fatima Al-Mansouri", [Roles.Patient], patientId: patient.Id);

        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Coordinator, new RecordAllergy(patient.Id, 1, null, "Peanuts", null, AllergySeverity.Mild)));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(ownPatient, new RecordAllergy(patient.Id, 1, null, "Peanuts", null, AllergySeverity.Mild)));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Marketing, new GetClinicalSummaries([patient.Id])));

        (await ReadAsync(ownPatient, patient.Id)).ShouldNotBeNull();
        (await ReadAsync(Users.PatientWithRecord(Guid.NewGuid()), patient.Id)).ShouldBeNull();
    }

    private async Task<ClinicalSummaryDto?> ReadAsync(System.Security.Claims.ClaimsPrincipal user, Guid patientId) =>
        (await Send(user, new GetClinicalSummaries([patientId]))).GetValueOrDefault(patientId);
}

public sealed class SqliteClinicalSummaryTests() : ClinicalSummaryTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresClinicalSummaryTests() : ClinicalSummaryTests("Postgres");
