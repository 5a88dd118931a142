namespace Platform.Scheduling.Contracts;

/// <summary>What an appointment is for.</summary>
public enum AppointmentKind
{
    Consultation,
    Procedure,
    Test,
    FollowUp,
}

/// <summary>
/// Where an appointment stands. Booked → Confirmed → Completed; Booked or Confirmed → Cancelled or
/// NoShow. Cancelled, Completed and NoShow are final.
/// </summary>
public enum AppointmentStatus
{
    Booked,
    Confirmed,
    Cancelled,
    Completed,
    NoShow,
}

/// <summary>What a room is equipped for.</summary>
public enum RoomKind
{
    ConsultingRoom,
    ProcedureRoom,
    OperatingTheatre,
    Imaging,
    Laboratory,
    Other,
}
