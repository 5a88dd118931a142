using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Validation;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;
using Platform.Scheduling.Resources;
using Platform.Scheduling.Validation;

namespace Platform.Scheduling.Features.ManageClinicians;

internal sealed class AddClinicianValidator : IValidator<AddClinician>
{
    public ValueTask ValidateAsync(AddClinician request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Text("name", request.Name, SchedulingDbContext.NameLength);
        errors.Text("specialty", request.Specialty, SchedulingDbContext.NameLength);
        errors.Languages("languages", request.Languages);
        return ValueTask.CompletedTask;
    }
}

internal sealed class AddClinicianHandler(SchedulingDbContext db) : IRequestHandler<AddClinician, ClinicianDto>
{
    public async Task<ClinicianDto> Handle(AddClinician request, CancellationToken cancellationToken)
    {
        var clinician = Clinician.Add(request.Name, request.Specialty, SchedulingRules.NormalizedLanguages(request.Languages));
        db.Clinicians.Add(clinician);
        await db.SaveChangesAsync(cancellationToken);
        return clinician.ToDto();
    }
}

internal sealed class ChangeClinicianValidator : IValidator<ChangeClinician>
{
    public ValueTask ValidateAsync(ChangeClinician request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("clinicianId", request.ClinicianId);
        errors.Text("name", request.Name, SchedulingDbContext.NameLength);
        errors.Text("specialty", request.Specialty, SchedulingDbContext.NameLength);
        errors.Languages("languages", request.Languages);
        return ValueTask.CompletedTask;
    }
}

internal sealed class ChangeClinicianHandler(SchedulingDbContext db) : IRequestHandler<ChangeClinician, ClinicianDto>
{
    public async Task<ClinicianDto> Handle(ChangeClinician request, CancellationToken cancellationToken)
    {
        var clinician = await db.Clinicians.SingleOrDefaultAsync(c => c.Id == request.ClinicianId, cancellationToken)
            ?? throw new NotFoundException(nameof(Clinician), request.ClinicianId);
        db.ExpectVersion(clinician, request.ExpectedVersion);
        clinician.Change(request.Name, request.Specialty, SchedulingRules.NormalizedLanguages(request.Languages), request.Active);
        await db.SaveChangesAsync(cancellationToken);
        return clinician.ToDto();
    }
}

internal sealed class ListCliniciansHandler(SchedulingDbContext db) : IRequestHandler<ListClinicians, IReadOnlyList<ClinicianDto>>
{
    public async Task<IReadOnlyList<ClinicianDto>> Handle(ListClinicians request, CancellationToken cancellationToken)
    {
        var clinicians = await db.Clinicians.AsNoTracking()
            .Where(c => request.IncludeInactive || c.Active)
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. clinicians.Select(c => c.ToDto())];
    }
}
