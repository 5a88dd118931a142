using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Validation;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;
using Platform.Scheduling.Resources;
using Platform.Scheduling.Validation;

namespace Platform.Scheduling.Features.ManageRooms;

internal sealed class AddRoomValidator : IValidator<AddRoom>
{
    public ValueTask ValidateAsync(AddRoom request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Text("name", request.Name, SchedulingDbContext.NameLength);
        errors.Defined("kind", (RoomKind?)request.Kind);
        return ValueTask.CompletedTask;
    }
}

internal sealed class AddRoomHandler(SchedulingDbContext db) : IRequestHandler<AddRoom, RoomDto>
{
    public async Task<RoomDto> Handle(AddRoom request, CancellationToken cancellationToken)
    {
        var room = Room.Add(request.Name, request.Kind);
        db.Rooms.Add(room);
        await db.SaveChangesAsync(cancellationToken);
        return room.ToDto();
    }
}

internal sealed class ChangeRoomValidator : IValidator<ChangeRoom>
{
    public ValueTask ValidateAsync(ChangeRoom request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("roomId", request.RoomId);
        errors.Text("name", request.Name, SchedulingDbContext.NameLength);
        errors.Defined("kind", (RoomKind?)request.Kind);
        return ValueTask.CompletedTask;
    }
}

internal sealed class ChangeRoomHandler(SchedulingDbContext db) : IRequestHandler<ChangeRoom, RoomDto>
{
    public async Task<RoomDto> Handle(ChangeRoom request, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.SingleOrDefaultAsync(r => r.Id == request.RoomId, cancellationToken)
            ?? throw new NotFoundException(nameof(Room), request.RoomId);
        db.ExpectVersion(room, request.ExpectedVersion);
        room.Change(request.Name, request.Kind, request.Active);
        await db.SaveChangesAsync(cancellationToken);
        return room.ToDto();
    }
}

internal sealed class ListRoomsHandler(SchedulingDbContext db) : IRequestHandler<ListRooms, IReadOnlyList<RoomDto>>
{
    public async Task<IReadOnlyList<RoomDto>> Handle(ListRooms request, CancellationToken cancellationToken)
    {
        var rooms = await db.Rooms.AsNoTracking()
            .Where(r => request.IncludeInactive || r.Active)
            .OrderBy(r => r.Name).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return [.. rooms.Select(r => r.ToDto())];
    }
}
