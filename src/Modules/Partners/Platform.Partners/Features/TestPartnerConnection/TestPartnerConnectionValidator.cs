using Platform.Kernel.Validation;

namespace Platform.Partners.Features.TestPartnerConnection;

internal sealed class TestPartnerConnectionValidator : IValidator<Contracts.TestPartnerConnection>
{
    public ValueTask ValidateAsync(Contracts.TestPartnerConnection request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (errors.NotEmpty("partnerId", request.PartnerId))
        {
            errors.MaxLength("partnerId", request.PartnerId, 100);
        }

        return ValueTask.CompletedTask;
    }
}
