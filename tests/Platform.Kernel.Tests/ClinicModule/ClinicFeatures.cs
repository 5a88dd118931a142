using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Kernel.Tests.ClinicModule;

public sealed record NoteDto(Guid Id, Guid PatientId, string Text, long Version);

public sealed record CareNoteWritten(Guid NoteId, Guid PatientId, string Text) : INotification;

[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record WriteCareNote(Guid PatientId, string Text) : ICommand<NoteDto>, IPatientScoped;

[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record EditCareNote(Guid PatientId, Guid NoteId, string Text, long ExpectedVersion) : ICommand<NoteDto>, IPatientScoped;

/// <summary>Saves a note and queues its notification, then fails: nothing of it may remain.</summary>
[RequiresRole(Roles.Coordinator)]
public sealed record WriteCareNoteThenFail(Guid PatientId, string Text) : ICommand<NoteDto>, IPatientScoped;

[RequiresRole(Roles.Coordinator, Roles.Patient, Roles.PartnerAgent)]
public sealed record ReadCareNotes(Guid PatientId) : IQuery<IReadOnlyList<NoteDto>>, IPatientScoped;

/// <summary>Declares no access rule, so the pipeline must refuse it.</summary>
public sealed record UndeclaredRequest : IQuery<int>;

internal sealed class WriteCareNoteValidator : IValidator<WriteCareNote>
{
    public ValueTask ValidateAsync(WriteCareNote request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        if (errors.NotEmpty("text", request.Text))
        {
            errors.MaxLength("text", request.Text, 2000);
        }

        return ValueTask.CompletedTask;
    }
}

internal sealed class WriteCareNoteHandler(ClinicDbContext db) : IRequestHandler<WriteCareNote, NoteDto>
{
    public async Task<NoteDto> Handle(WriteCareNote request, CancellationToken cancellationToken)
    {
        var note = new CareNote { PatientId = request.PatientId, Text = request.Text };
        db.Notes.Add(note);
        db.Publish(new CareNoteWritten(note.Id, note.PatientId, note.Text), $"patient:{note.PatientId}");
        await db.SaveChangesAsync(cancellationToken);
        return new NoteDto(note.Id, note.PatientId, note.Text, note.Version);
    }
}

internal sealed class EditCareNoteHandler(ClinicDbContext db) : IRequestHandler<EditCareNote, NoteDto>
{
    public async Task<NoteDto> Handle(EditCareNote request, CancellationToken cancellationToken)
    {
        var note = await db.Notes.SingleOrDefaultAsync(n => n.Id == request.NoteId && n.PatientId == request.PatientId, cancellationToken)
            ?? throw new NotFoundException(nameof(CareNote), request.NoteId);
        db.ExpectVersion(note, request.ExpectedVersion);
        note.Text = request.Text;
        await db.SaveChangesAsync(cancellationToken);
        return new NoteDto(note.Id, note.PatientId, note.Text, note.Version);
    }
}

internal sealed class WriteCareNoteThenFailHandler(ClinicDbContext db) : IRequestHandler<WriteCareNoteThenFail, NoteDto>
{
    public async Task<NoteDto> Handle(WriteCareNoteThenFail request, CancellationToken cancellationToken)
    {
        var note = new CareNote { PatientId = request.PatientId, Text = request.Text };
        db.Notes.Add(note);
        db.Publish(new CareNoteWritten(note.Id, note.PatientId, note.Text), $"patient:{note.PatientId}");
        await db.SaveChangesAsync(cancellationToken);
        throw new InvalidOperationException("The lab system went away halfway through.");
    }
}

internal sealed class ReadCareNotesHandler(ClinicDbContext db) : IRequestHandler<ReadCareNotes, IReadOnlyList<NoteDto>>
{
    public async Task<IReadOnlyList<NoteDto>> Handle(ReadCareNotes request, CancellationToken cancellationToken) =>
        await db.Notes.AsNoTracking()
            .Where(n => n.PatientId == request.PatientId)
            .Select(n => new NoteDto(n.Id, n.PatientId, n.Text, n.Version))
            .ToListAsync(cancellationToken);
}

internal sealed class UndeclaredRequestHandler : IRequestHandler<UndeclaredRequest, int>
{
    public Task<int> Handle(UndeclaredRequest request, CancellationToken cancellationToken) => Task.FromResult(42);
}

/// <summary>What the notification handler received, and how many deliveries it should fail first.</summary>
public sealed class DeliveryLog
{
    private readonly List<CareNoteWritten> _received = [];

    public int FailuresToInject { get; set; }

    public bool AlwaysFail { get; set; }

    /// <summary>When set, a delivery signals <see cref="Entered"/> and then waits for this gate to open.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<CareNoteWritten> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    internal async Task DeliverAsync(CareNoteWritten message, CancellationToken cancellationToken)
    {
        if (Gate is { } gate)
        {
            Entered.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (AlwaysFail || FailuresToInject > 0)
        {
            FailuresToInject--;
            throw new InvalidOperationException($"Timeline is down (note {message.NoteId}).");
        }

        lock (_received)
        {
            _received.Add(message);
        }
    }
}

internal sealed class CareNoteWrittenHandler(DeliveryLog log) : INotificationHandler<CareNoteWritten>
{
    public Task Handle(CareNoteWritten notification, CancellationToken cancellationToken) => log.DeliverAsync(notification, cancellationToken);
}
