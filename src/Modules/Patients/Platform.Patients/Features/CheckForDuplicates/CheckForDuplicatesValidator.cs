using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.CheckForDuplicates;

internal sealed class CheckForDuplicatesValidator : IValidator<Contracts.CheckForDuplicates>
{
    public ValueTask ValidateAsync(Contracts.CheckForDuplicates request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (request.Probe is not { } probe)
        {
            errors.Add("probe", null, "Required", "is required");
            return ValueTask.CompletedTask;
        }

        if (!string.IsNullOrWhiteSpace(probe.Nationality))
        {
            errors.Parses("probe.nationality", probe.Nationality, CountryCode.Parse);
        }

        if (!string.IsNullOrWhiteSpace(probe.Phone))
        {
            errors.Parses("probe.phone", probe.Phone, PhoneNumber.Parse);
        }

        errors.EmailAddress("probe.email", probe.Email);
        var passport = !string.IsNullOrWhiteSpace(probe.PassportNumber) && !string.IsNullOrWhiteSpace(probe.Nationality);
        var name = !string.IsNullOrWhiteSpace(probe.FamilyName) && probe.DateOfBirth is not null;
        if (!passport && !name && string.IsNullOrWhiteSpace(probe.Email) && string.IsNullOrWhiteSpace(probe.Phone))
        {
            errors.Add("probe", null, "Matchable",
                "needs something a person can be matched on: a passport number with nationality, a family name with date of birth, an email or a phone");
        }

        return ValueTask.CompletedTask;
    }
}
