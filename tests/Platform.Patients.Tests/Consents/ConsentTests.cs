using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Persistence;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Consents;

public abstract class ConsentTests(string provider) : PatientsTestBase(provider)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task RecordConsent_GrantThenWithdraw_KeepsBothDecisionsAndTheWithdrawalIsInForce()
    {
        var patient = await RegisterAsync(Registrations.MedicalTourist());
        var signedYesterday = DateTimeOffset.UtcNow.AddDays(-1);

        await Send(Users.Coordinator, new RecordConsent(patient.Id, 1, ConsentKind.Marketing, ConsentDecision.Granted, ConsentChannel.SignedForm, signedYesterday, "Intake form, page 3"));
        var afterWithdrawal = await Send(Users.CaseManager, new RecordConsent(patient.Id, 2, ConsentKind.Marketing, ConsentDecision.Withdrawn, ConsentChannel.Phone, null, "Asked to stop offers"));
        var history = await Send(Users.Coordinator, new GetConsentHistory(patient.Id));

        history.Records.Select(r => (r.Kind, r.Decision, r.RecordedBy, r.Channel)).ShouldBe(
        [
            (ConsentKind.Marketing, ConsentDecision.Granted, "amira", ConsentChannel.SignedForm),
            (ConsentKind.Marketing, ConsentDecision.Withdrawn, "daniel", ConsentChannel.Phone),
        ]);
        history.Records[0].OccurredAt.ShouldBe(signedYesterday, TimeSpan.FromMilliseconds(1));
        history.Records[0].Note.ShouldBe("Intake form, page 3");
        var marketing = history.Current.Single(c => c.Kind == ConsentKind.Marketing);
        (marketing.Granted, marketing.LastDecision).ShouldBe((false, ConsentDecision.Withdrawn));
        afterWithdrawal.Consents.Single(c => c.Kind == ConsentKind.Marketing).ShouldBe(marketing);
    }

    [Fact]
    public async Task RecordConsent_DecisionDatedBeforeTheCurrentOne_DoesNotOverrideIt()
    {
        var patient = await RegisterAsync(Registrations.Pensioner());
        await Send(Users.Coordinator, new RecordConsent(patient.Id, 1, ConsentKind.CrossBorderTransfer, ConsentDecision.Granted, ConsentChannel.Portal, null, null));

        // A paper withdrawal signed last month is entered today: it happened before the grant, so the grant stands.
        var state = await Send(Users.Coordinator, new RecordConsent(patient.Id, 2, ConsentKind.CrossBorderTransfer, ConsentDecision.Withdrawn, ConsentChannel.SignedForm, DateTimeOffset.UtcNow.AddMonths(-1), null));

        state.Consents.Single(c => c.Kind == ConsentKind.CrossBorderTransfer).Granted.ShouldBeTrue();
        (await Send(Users.Coordinator, new GetConsentHistory(patient.Id, ConsentKind.CrossBorderTransfer))).Records.Select(r => r.Decision)
            .ShouldBe([ConsentDecision.Withdrawn, ConsentDecision.Granted]);
    }

    [Fact]
    public async Task RecordConsent_ThePatientThemself_CanWithdrawThroughThePortal()
    {
        var patient = await RegisterAsync(Registrations.Expatriate());
        await Send(Users.Coordinator, new RecordConsent(patient.Id, 1, ConsentKind.Testimonials, ConsentDecision.Granted, ConsentChannel.InPerson, null, null));

        var own = await Send(Users.PatientWithRecord(patient.Id), new RecordConsent(patient.Id, 2, ConsentKind.Testimonials, ConsentDecision.Withdrawn, ConsentChannel.Portal, null, null));

        own.Consents.Single(c => c.Kind == ConsentKind.Testimonials).Granted.ShouldBeFalse();
        (await Send(Users.PatientWithRecord(patient.Id), new GetConsentHistory(patient.Id))).Records[^1].RecordedBy.ShouldBe("maria");
    }

    [Fact]
    public async Task RecordConsent_QueuesConsentChangedWithTheStateNowInForce()
    {
        var patient = await RegisterAsync(Registrations.IllTraveler());

        await Send(Users.Coordinator, new RecordConsent(patient.Id, 1, ConsentKind.TreatmentDataSharing, ConsentDecision.Granted, ConsentChannel.InPerson, null, null));

        var message = (await OutboxAsync())[^1];
        (message.Type, message.AggregateKey).ShouldBe((TypeName<ConsentChanged>(), $"patient:{patient.Id}"));
        var told = JsonSerializer.Deserialize<ConsentChanged>(message.Payload, _json)!;
        (told.PatientId, told.Kind, told.Decision, told.Granted, told.Channel)
            .ShouldBe((patient.Id, ConsentKind.TreatmentDataSharing, ConsentDecision.Granted, true, ConsentChannel.InPerson));
    }

    [Fact]
    public async Task RecordConsent_DatedInTheFuture_IsRefused()
    {
        var patient = await RegisterAsync(Registrations.IllTraveler());

        var error = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator,
            new RecordConsent(patient.Id, 1, ConsentKind.Marketing, ConsentDecision.Granted, ConsentChannel.Email, DateTimeOffset.UtcNow.AddDays(2), null)));

        error.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("'occurredAt' must not be in the future: record a decision once the patient has made it; got '");
    }

    [Fact]
    public async Task SaveChanges_EditingOrDeletingARecordedDecision_IsRefused()
    {
        var patient = await RegisterAsync(Registrations.IllTraveler());
        await Send(Users.Coordinator, new RecordConsent(patient.Id, 1, ConsentKind.Marketing, ConsentDecision.Granted, ConsentChannel.Email, null, null));

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => Platform.WithContext<PatientsDbContext, int>(async db =>
        {
            db.ConsentRecords.Remove(await db.ConsentRecords.SingleAsync());
            return await db.SaveChangesAsync();
        }));

        refused.Message.ShouldEndWith("a consent decision cannot be changed or removed: record a new decision instead.");
        (await Send(Users.Coordinator, new GetConsentHistory(patient.Id))).Records.ShouldHaveSingleItem();
    }
}

public sealed class SqliteConsentTests() : ConsentTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresConsentTests() : ConsentTests("Postgres");
