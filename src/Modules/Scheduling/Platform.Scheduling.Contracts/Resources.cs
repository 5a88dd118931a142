using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Scheduling.Contracts;

/// <summary>Adds a clinician whose calendar the center books. Languages are BCP 47 tags, such as es, ca or en.</summary>
[RequiresRole(Roles.Administrator)]
public sealed record AddClinician(string Name, string Specialty, IReadOnlyList<string> Languages) : ICommand<ClinicianDto>;

/// <summary>Changes a clinician's details; Active false stops new bookings (booked appointments stay).</summary>
[RequiresRole(Roles.Administrator)]
public sealed record ChangeClinician(Guid ClinicianId, long ExpectedVersion, string Name, string Specialty, IReadOnlyList<string> Languages, bool Active) : ICommand<ClinicianDto>;

/// <summary>Adds a room appointments in person take place in.</summary>
[RequiresRole(Roles.Administrator)]
public sealed record AddRoom(string Name, RoomKind Kind) : ICommand<RoomDto>;

/// <summary>Changes a room; Active false stops new bookings in it.</summary>
[RequiresRole(Roles.Administrator)]
public sealed record ChangeRoom(Guid RoomId, long ExpectedVersion, string Name, RoomKind Kind, bool Active) : ICommand<RoomDto>;

/// <summary>The center's clinicians, by name; inactive ones only when asked for.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator)]
public sealed record ListClinicians(bool IncludeInactive = false) : IQuery<IReadOnlyList<ClinicianDto>>;

/// <summary>The center's rooms, by name; inactive ones only when asked for.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator)]
public sealed record ListRooms(bool IncludeInactive = false) : IQuery<IReadOnlyList<RoomDto>>;

/// <summary>A clinician whose calendar the center books.</summary>
[GraphQLName("Clinician")]
public sealed record ClinicianDto(
    Guid Id,
    string Name,
    string Specialty,
    [property: GraphQLDescription("BCP 47 tags of the languages the clinician consults in.")] IReadOnlyList<string> Languages,
    bool Active,
    long Version);

/// <summary>A room of the center.</summary>
[GraphQLName("Room")]
public sealed record RoomDto(Guid Id, string Name, RoomKind Kind, bool Active, long Version);
