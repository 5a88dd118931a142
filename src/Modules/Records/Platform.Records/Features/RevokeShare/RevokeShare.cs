using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Records.Contracts;
using Platform.Records.Persistence;
using Platform.Records.Sharing;

namespace Platform.Records.Features.RevokeShare;

internal sealed class RevokeShareValidator : IValidator<Contracts.RevokeShare>
{
    public ValueTask ValidateAsync(Contracts.RevokeShare request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("shareId", request.ShareId);
        DocumentRules.OptionalText(errors, "reason", request.Reason);
        return ValueTask.CompletedTask;
    }
}

internal sealed class RevokeShareHandler(RecordsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Contracts.RevokeShare, ShareDto>
{
    public async Task<ShareDto> Handle(Contracts.RevokeShare request, CancellationToken cancellationToken)
    {
        var share = await db.Shares.SingleOrDefaultAsync(s => s.Id == request.ShareId && s.PatientId == request.PatientId, cancellationToken)
            ?? throw new NotFoundException(nameof(Share), request.ShareId);
        db.ExpectVersion(share, request.ExpectedVersion);
        var now = clock.GetUtcNow();
        share.Revoke(user.UserId, request.Reason, now);
        await db.SaveChangesAsync(cancellationToken);
        return share.ToDto(now);
    }
}
