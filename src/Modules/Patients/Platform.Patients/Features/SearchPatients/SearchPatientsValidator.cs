using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Registry;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.SearchPatients;

internal sealed class SearchPatientsValidator : IValidator<Contracts.SearchPatients>
{
    public const int MaxPageSize = 100;

    public ValueTask ValidateAsync(Contracts.SearchPatients request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.InRange("first", request.First, 1, MaxPageSize);
        errors.OptionalText("name", request.Name, FieldLimits.Name);
        if (request.Name is { Length: > 0 } name && NameFolding.Fold(name).Length == 0)
        {
            errors.Add("name", name, "Letters", "must contain a letter or digit of a name");
        }

        if (!string.IsNullOrWhiteSpace(request.Nationality))
        {
            errors.Parses("nationality", request.Nationality, CountryCode.Parse);
        }

        errors.Defined("kind", request.Kind);
        errors.Defined("source", request.Source);
        if (errors.Defined("orderBy", (PatientOrder?)request.OrderBy) && request.After is { } after && PatientCursor.TryDecode(after)?.Order != request.OrderBy)
        {
            errors.Add("after", after, "Cursor", $"must be the nextCursor of an earlier page of this search, ordered by {request.OrderBy}; pass it exactly as it was returned");
        }

        return ValueTask.CompletedTask;
    }
}
