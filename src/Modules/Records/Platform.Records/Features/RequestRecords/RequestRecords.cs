using MediatR;
using Microsoft.Extensions.Options;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Records.Contracts;
using Platform.Records.Persistence;
using Platform.Records.Requests;

namespace Platform.Records.Features.RequestRecords;

internal sealed class RequestRecordsValidator(TimeProvider clock, IMediator mediator) : IValidator<Contracts.RequestRecords>
{
    public async ValueTask ValidateAsync(Contracts.RequestRecords request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        await mediator.EnsurePatientAsync(request.PatientId, cancellationToken);
        if (request.Provider is not { } provider)
        {
            errors.Add("provider", null, "Required", "is required: name the provider records are asked from");
        }
        else
        {
            if (errors.NotEmpty("provider.name", provider.Name))
            {
                errors.MaxLength("provider.name", provider.Name, RecordsDbContext.NameLength);
            }

            errors.Parses("provider.country", provider.Country, CountryCode.Parse);
            errors.MaxLength("provider.email", provider.Email, 254);
            if (provider.Email is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
            {
                errors.Add("provider.email", email, "Format", "is not an e-mail address: expected name@domain");
            }

            errors.MaxLength("provider.phone", provider.Phone, 32);
        }

        if (errors.NotEmpty("requested", request.Requested))
        {
            errors.MaxLength("requested", request.Requested, RecordsDbContext.TextLength);
        }

        foreach (var (type, index) in (request.ExpectedTypes ?? []).Select((t, i) => (t, i)))
        {
            DocumentRules.Defined(errors, $"expectedTypes[{index}]", type);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.DueBy < today)
        {
            errors.Add("dueBy", request.DueBy, "Future", $"must be today ({today:yyyy-MM-dd}) or later");
        }
    }
}

internal sealed class RequestRecordsHandler(RecordsDbContext db, IOptions<RecordsOptions> options, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.RequestRecords, RecordsRequestDto>
{
    public async Task<RecordsRequestDto> Handle(Contracts.RequestRecords request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var provider = request.Provider with { Country = CountryCode.Parse(request.Provider.Country).Alpha2 };
        var opened = RecordsRequest.Open(request.PatientId, request.JourneyId, provider, request.Requested, request.ExpectedTypes ?? [], request.DueBy,
            options.Value.ReminderInterval, user.UserId, now);
        db.RecordsRequests.Add(opened);
        await db.SaveChangesAsync(cancellationToken);
        return opened.ToDto([], now);
    }
}
