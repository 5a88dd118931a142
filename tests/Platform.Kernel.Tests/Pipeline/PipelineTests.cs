using Microsoft.EntityFrameworkCore;
using Platform.Audit.Persistence;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Tests.ClinicModule;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Kernel.Validation;

namespace Platform.Kernel.Tests.Pipeline;

/// <summary>Commands and queries through the whole MediatR pipeline, on each database provider.</summary>
public abstract class PipelineTests(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    protected PlatformUnderTest Platform { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        Platform = await PlatformUnderTest.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Send_ValidCommand_SavesAggregateAtVersionOne()
    {
        var note = await Platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "Prefers morning calls."));

        note.Version.ShouldBe(1);
        var notes = await Platform.SendAs(Users.Coordinator, new ReadCareNotes(Users.OwnPatient));
        notes.ShouldHaveSingleItem().Text.ShouldBe("Prefers morning calls.");
    }

    [Fact]
    public async Task Send_InvalidCommand_NamesFieldValueAndRule()
    {
        var tooLong = new string('x', 2001);

        var error = await Should.ThrowAsync<ValidationException>(() => Platform.SendAs(Users.Coordinator, new WriteCareNote(Guid.Empty, "   ")));
        var second = await Should.ThrowAsync<ValidationException>(() => Platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, tooLong)));

        error.Errors.Select(e => (e.Field, e.Rule)).ShouldBe([("patientId", "Required"), ("text", "NotEmpty")]);
        error.Errors[1].AttemptedValue.ShouldBe("   ");
        error.Errors[1].Message.ShouldBe("'text' must not be empty; got '   '.");
        error.Message.ShouldStartWith("WriteCareNote is invalid:");
        second.Errors.ShouldHaveSingleItem().Message.ShouldContain("must be at most 2000 characters long (it has 2001)");
    }

    [Fact]
    public async Task Send_EditFromStaleVersion_IsRefusedAndKeepsTheNewerText()
    {
        var note = await Platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "v1"));
        await Platform.SendAs(Users.Coordinator, new EditCareNote(Users.OwnPatient, note.Id, "v2 by Daniel", 1));

        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(
            () => Platform.SendAs(Users.Coordinator, new EditCareNote(Users.OwnPatient, note.Id, "v2 by Amira", 1)));

        conflict.Message.ShouldBe($"CareNote '{note.Id}' was changed by someone else: you edited version 1, it is now at version 2. Reload it and apply your change again.");
        var stored = await Platform.SendAs(Users.Coordinator, new ReadCareNotes(Users.OwnPatient));
        stored.ShouldHaveSingleItem().Text.ShouldBe("v2 by Daniel");
    }

    [Fact]
    public async Task ExpectVersion_WithNoOtherChange_StillChecksAndBumpsTheVersion()
    {
        // Stands for a change to an aggregate's child rows only: its own row is otherwise untouched.
        var note = await Platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "same text"));
        var edited = await Platform.SendAs(Users.Coordinator, new EditCareNote(Users.OwnPatient, note.Id, "same text", 1));

        edited.Version.ShouldBe(2);
        await Should.ThrowAsync<ConcurrencyConflictException>(
            () => Platform.SendAs(Users.Coordinator, new EditCareNote(Users.OwnPatient, note.Id, "same text", 1)));
    }

    [Fact]
    public async Task SaveChanges_TwoWritersFromTheSameVersion_SecondIsRefusedByTheDatabase()
    {
        var note = await Platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "original"));

        // Both writers read version 1; the check happens in the UPDATE itself, not in memory.
        await using var first = Platform.Services.CreateAsyncScope();
        await using var second = Platform.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<ClinicDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<ClinicDbContext>();
        var a = await firstDb.Notes.SingleAsync(n => n.Id == note.Id);
        var b = await secondDb.Notes.SingleAsync(n => n.Id == note.Id);
        a.Text = "first writer";
        b.Text = "second writer";
        await firstDb.SaveChangesAsync();

        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(() => secondDb.SaveChangesAsync());

        conflict.ExpectedVersion.ShouldBe(1);
        conflict.CurrentVersion.ShouldBe(2);
    }

    [Fact]
    public async Task Send_CommandFailingMidway_LeavesNoRowsAndNoOutboxMessage()
    {
        await Should.ThrowAsync<InvalidOperationException>(
            () => Platform.SendAs(Users.Coordinator, new WriteCareNoteThenFail(Users.OwnPatient, "half written")));

        var rows = await Platform.WithContext<ClinicDbContext, int>(db => db.Notes.CountAsync());
        var messages = await Platform.WithContext<ClinicDbContext, int>(db => db.OutboxMessages.CountAsync());
        rows.ShouldBe(0);
        messages.ShouldBe(0);
    }

    [Fact]
    public async Task Send_CommandThatSucceeds_WritesItsOutboxMessageInTheSameCommit()
    {
        await Platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "hello"));

        var message = await Platform.WithContext<ClinicDbContext, Kernel.Outbox.OutboxMessage>(db => db.OutboxMessages.SingleAsync());
        message.Type.ShouldBe($"{typeof(CareNoteWritten).FullName}, Platform.Kernel.Tests");
        message.AggregateKey.ShouldBe($"patient:{Users.OwnPatient}");
        message.ProcessedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Send_WithoutSignIn_IsRefusedAsUnauthenticatedAndAudited()
    {
        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Platform.SendAs(Users.Anonymous, new ReadCareNotes(Users.OwnPatient)));

        denied.Authenticated.ShouldBeFalse();
        var entry = await LastAuditEntryAsync();
        entry.UserId.ShouldBe("anonymous");
        entry.Outcome.ShouldBe("Denied");
        entry.ResourceId.ShouldBe(Users.OwnPatient.ToString());
    }

    [Fact]
    public async Task Send_ByRoleNotNamedInTheContract_IsRefusedAndAudited()
    {
        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Platform.SendAs(Users.Marketing, new WriteCareNote(Users.OwnPatient, "offer")));

        denied.Message.ShouldBe("User 'sofia' (roles: marketing) may not use WriteCareNote: it needs one of the roles coordinator, case_manager.");
        var entry = await LastAuditEntryAsync();
        (entry.UserId, entry.Action, entry.Request, entry.Outcome, entry.Source).ShouldBe(("sofia", "change", "WriteCareNote", "Denied", "127.0.0.1"));
        (await Platform.WithContext<ClinicDbContext, int>(db => db.Notes.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Send_PatientReadingSomeoneElsesRecord_IsRefused_OwnRecordIsServed()
    {
        var stranger = Guid.NewGuid();
        await Platform.SendAs(Users.Coordinator, new WriteCareNote(stranger, "not yours"));
        await Platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "yours"));

        await Should.ThrowAsync<AccessDeniedException>(() => Platform.SendAs(Users.Patient, new ReadCareNotes(stranger)));
        var own = await Platform.SendAs(Users.Patient, new ReadCareNotes(Users.OwnPatient));

        own.ShouldHaveSingleItem().Text.ShouldBe("yours");
    }

    [Fact]
    public async Task Send_PartnerAgent_SeesAPatientOnlyWhileTheirOrganizationHoldsAGrant()
    {
        await Should.ThrowAsync<AccessDeniedException>(() => Platform.SendAs(Users.PartnerAgent, new ReadCareNotes(Users.OwnPatient)));

        var grant = await Platform.SendAs(Users.Coordinator, new Identity.Contracts.GrantPartnerAccess(Users.OwnPatient, Users.PartnerOrganization, "Pre-authorization review", null));
        var whileGranted = await Platform.SendAs(Users.PartnerAgent, new ReadCareNotes(Users.OwnPatient));
        await Platform.SendAs(Users.Coordinator, new Identity.Contracts.RevokePartnerAccess(Users.OwnPatient, grant.Id, grant.Version));

        whileGranted.ShouldBeEmpty();
        await Should.ThrowAsync<AccessDeniedException>(() => Platform.SendAs(Users.PartnerAgent, new ReadCareNotes(Users.OwnPatient)));
    }

    [Fact]
    public async Task Send_RequestDeclaringNoAccessRule_IsRefusedEvenForAnAdministrator()
    {
        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Platform.SendAs(Users.Administrator, new UndeclaredRequest()));

        denied.Message.ShouldContain("declares no access rule");
    }

    [Fact]
    public async Task Send_PatientDataRead_IsAuditedWithWhoWhatWhichWhenAndWhere()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await Platform.SendAs(Users.Coordinator, new ReadCareNotes(Users.OwnPatient));

        var entry = await LastAuditEntryAsync();
        (entry.UserId, entry.UserName, entry.Roles, entry.Action, entry.Request, entry.ResourceType, entry.ResourceId, entry.Outcome, entry.Source)
            .ShouldBe(("amira", "Amira Haddad", "coordinator", "read", "ReadCareNotes", "Patient", Users.OwnPatient.ToString(), "Succeeded", "127.0.0.1"));
        entry.OccurredAt.ShouldBeGreaterThan(before);
    }

    private Task<Audit.Trail.AuditEntry> LastAuditEntryAsync() =>
        Platform.WithContext<AuditDbContext, Audit.Trail.AuditEntry>(db => db.Entries.OrderByDescending(e => e.Sequence).FirstAsync());
}

public sealed class SqlitePipelineTests() : PipelineTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresPipelineTests() : PipelineTests("Postgres");
