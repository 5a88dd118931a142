using Platform.Kernel.Persistence;
using Platform.Scheduling.Contracts;

namespace Platform.Scheduling.Resources;

/// <summary>A clinician whose calendar the center books.</summary>
internal sealed class Clinician : Aggregate
{
    private Clinician()
    {
    }

    public string Name { get; private set; } = "";

    public string Specialty { get; private set; } = "";

    /// <summary>BCP 47 tags, comma-separated (a short list never queried by item).</summary>
    public string Languages { get; private set; } = "";

    public bool Active { get; private set; }

    public static Clinician Add(string name, string specialty, IEnumerable<string> languages) => new()
    {
        Name = name.Trim(),
        Specialty = specialty.Trim(),
        Languages = string.Join(',', languages),
        Active = true,
    };

    public void Change(string name, string specialty, IEnumerable<string> languages, bool active)
    {
        Name = name.Trim();
        Specialty = specialty.Trim();
        Languages = string.Join(',', languages);
        Active = active;
    }

    public ClinicianDto ToDto() => new(Id, Name, Specialty, [.. Languages.Split(',', StringSplitOptions.RemoveEmptyEntries)], Active, Version);
}

/// <summary>A room of the center, where appointments in person take place.</summary>
internal sealed class Room : Aggregate
{
    private Room()
    {
    }

    public string Name { get; private set; } = "";

    public RoomKind Kind { get; private set; }

    public bool Active { get; private set; }

    public static Room Add(string name, RoomKind kind) => new() { Name = name.Trim(), Kind = kind, Active = true };

    public void Change(string name, RoomKind kind, bool active)
    {
        Name = name.Trim();
        Kind = kind;
        Active = active;
    }

    public RoomDto ToDto() => new(Id, Name, Kind, Active, Version);
}
