using System.ComponentModel.DataAnnotations;

namespace Platform.Plugins.DemoGroundTransport;

/// <summary>How trips play out: compressed for demos, or around the real pickup time.</summary>
internal enum StatusTimeline
{
    /// <summary>Each status follows the previous one after <see cref="GroundTransportSettings.StatusStep"/>, starting when the trip is confirmed.</summary>
    Compressed,

    /// <summary>The driver sets off 30 minutes before the pickup time; later statuses follow <see cref="GroundTransportSettings.StatusStep"/> apart.</summary>
    RealTime,
}

/// <summary>
/// The demo transport firm's settings. Outcomes (no vehicle, pended dispatch, no-show) are drawn from
/// <see cref="Seed"/> and the trip (never from call order), so the same trip gets the same answer on every
/// run and under retries. A passenger whose name starts with <c>NOSHOW-</c>, <c>PEND-</c> or <c>NOVEHICLE-</c>
/// forces that outcome, for scripted demos.
/// </summary>
internal sealed class GroundTransportSettings : IValidatableObject
{
    /// <summary>The firm's name, shown in messages and vehicle descriptions.</summary>
    [Required]
    public required string CompanyName { get; init; }

    /// <summary>The credential; the demo API accepts any key starting with <c>demo-</c> and refuses others.</summary>
    [Required]
    public required string ApiKey { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Typical response time; each call takes between half and one and a half times this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(200);

    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "use an ISO 4217 code such as EUR")]
    public string Currency { get; init; } = "EUR";

    /// <summary>Countries (ISO 3166-1 alpha-2) the firm drives in; trips starting or ending elsewhere are declined OUT_OF_AREA.</summary>
    public IReadOnlyList<string> ServiceCountries { get; init; } = ["TR"];

    /// <summary>Whether the fleet has stretcher and bariatric vehicles; without them such trips are declined NO_VEHICLE.</summary>
    public bool StretcherFleet { get; init; } = true;

    [Range(typeof(decimal), "0", "10000")]
    public decimal BaseFare { get; init; } = 25m;

    [Range(typeof(decimal), "0", "1000")]
    public decimal PerKilometre { get; init; } = 1.6m;

    /// <summary>How long a quoted fare is honoured.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FareLock { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Share of bookings pended while a vehicle is found; the outcome follows after <see cref="DispatchDelay"/>.</summary>
    [Range(0.0, 1.0)]
    public double PendRate { get; init; } = 0.2;

    /// <summary>Share of trips for which no vehicle is free.</summary>
    [Range(0.0, 1.0)]
    public double NoVehicleRate { get; init; } = 0.05;

    /// <summary>Share of trips where the passenger does not show up.</summary>
    [Range(0.0, 1.0)]
    public double NoShowRate { get; init; } = 0.05;

    /// <summary>How long the firm takes to find a vehicle for a pended booking.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan DispatchDelay { get; init; } = TimeSpan.FromMinutes(1);

    public StatusTimeline Timeline { get; init; } = StatusTimeline.Compressed;

    /// <summary>Time between two trip statuses.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "02:00:00")]
    public TimeSpan StatusStep { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>A cancellation this close to the pickup (or once the driver set off) costs <see cref="LateCancellationFee"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan LateCancellationWindow { get; init; } = TimeSpan.FromHours(2);

    [Range(typeof(decimal), "0", "10000")]
    public decimal LateCancellationFee { get; init; } = 20m;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var invalid = ServiceCountries.Where(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)).ToList();
        if (ServiceCountries.Count == 0 || invalid.Count > 0)
        {
            yield return new ValidationResult("list ISO 3166-1 alpha-2 codes in upper case, such as TR,AE", [nameof(ServiceCountries)]);
        }

        if (PendRate + NoVehicleRate > 1)
        {
            yield return new ValidationResult("PendRate and NoVehicleRate together must not exceed 1", [nameof(PendRate), nameof(NoVehicleRate)]);
        }
    }
}
