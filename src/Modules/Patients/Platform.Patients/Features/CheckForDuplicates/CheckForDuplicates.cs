using MediatR;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Matching;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.CheckForDuplicates;

internal sealed class CheckForDuplicatesHandler(PatientsDbContext db)
    : IRequestHandler<Contracts.CheckForDuplicates, IReadOnlyList<DuplicateCandidateDto>>
{
    public Task<IReadOnlyList<DuplicateCandidateDto>> Handle(Contracts.CheckForDuplicates request, CancellationToken cancellationToken)
    {
        var probe = request.Probe;
        var keys = new MatchKeys(
            Normalized.PassportNumber(probe.PassportNumber),
            Normalized.Text(probe.Nationality) is { } nationality ? CountryCode.Parse(nationality) : null,
            string.IsNullOrWhiteSpace(probe.FamilyName) ? null : NameFolding.MatchKey(probe.FamilyName, probe.GivenName),
            probe.DateOfBirth,
            Normalized.Email(probe.Email),
            Normalized.Text(probe.Phone) is { } phone ? PhoneNumber.Parse(phone) : null);
        return db.FindDuplicatesAsync(keys, excluding: null, cancellationToken);
    }
}
