using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Matching;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.RegisterPatient;

internal sealed class RegisterPatientHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.RegisterPatient, RegistrationResult>
{
    public async Task<RegistrationResult> Handle(Contracts.RegisterPatient request, CancellationToken cancellationToken)
    {
        if (request.PatientId is { } chosen && await db.Patients.AnyAsync(p => p.Id == chosen, cancellationToken))
        {
            throw new BusinessRuleException(
                "PATIENT_ID_TAKEN",
                $"A patient record with id '{chosen}' already exists; registering it again would make a second record. Read it with that id instead.");
        }

        var now = clock.StoredNow();
        var patient = request.ToPatient(user.UserId, now);

        // Possible duplicates are reported, not refused: the same name and birth date, or a shared
        // family email, are often different people, and a coordinator decides.
        var duplicates = await db.FindDuplicatesAsync(MatchKeys.Of(patient), excluding: null, cancellationToken);
        db.Patients.Add(patient);
        db.Publish(
            new PatientRegistered(patient.Id, patient.Kind, patient.Nationality.Alpha2, patient.Source.Channel, patient.Source.ReferrerOrganizationId, now),
            PatientPublishing.AggregateKey(patient.Id));
        await db.SaveChangesAsync(cancellationToken);
        return new RegistrationResult(patient.ToDto(), duplicates);
    }
}

internal static class Registrations
{
    /// <summary>The new record a registration describes, registered by <paramref name="by"/> at <paramref name="at"/> (a registration and an import row alike).</summary>
    public static Patient ToPatient(this Contracts.RegisterPatient request, string by, DateTimeOffset at) => Patient.Register(
        request.PatientId,
        request.Kind,
        request.Identity.ToIdentity(),
        request.Contacts.ToContactPoints(),
        request.PreferredLanguages.ToLanguageTags(),
        request.InterpreterNeeded,
        request.Source.ToSource(),
        by,
        at);
}
