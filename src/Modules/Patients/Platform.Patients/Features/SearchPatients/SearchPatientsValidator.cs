using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.SearchPatients;

internal sealed class SearchPatientsValidator : IValidator<Contracts.SearchPatients>
{
    public const int MaxPageSize = 100;

    public ValueTask ValidateAsync(Contracts.SearchPatients request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.InRange("pageSize", request.PageSize, 1, MaxPageSize);
        PatientFilterRules.Check(errors, "filter", request.Filter);
        if (errors.Defined("orderBy", (PatientOrder?)request.OrderBy))
        {
            CheckCursor(errors, "after", request.After, request.OrderBy);
            CheckCursor(errors, "before", request.Before, request.OrderBy);
        }

        return ValueTask.CompletedTask;
    }

    private static void CheckCursor(ValidationErrors errors, string field, string? cursor, PatientOrder order)
    {
        if (cursor is not null && PatientCursor.TryDecode(cursor)?.Order != order)
        {
            errors.Add(field, cursor, "Cursor", $"must be a cursor of an earlier page of this search, ordered by {order}; pass it exactly as it was returned");
        }
    }
}
