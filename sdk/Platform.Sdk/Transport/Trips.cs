namespace Platform.Sdk.Transport;

/// <summary>How the passenger moves, which decides the vehicle.</summary>
public enum MobilityAid
{
    /// <summary>Walks unaided or with a cane.</summary>
    Ambulatory,

    /// <summary>Uses a wheelchair and can transfer to a seat.</summary>
    Wheelchair,

    /// <summary>Stays in the wheelchair: needs a ramp or lift vehicle.</summary>
    WheelchairAccessibleVehicle,

    /// <summary>Travels lying down: needs a stretcher vehicle and two crew.</summary>
    Stretcher,

    /// <summary>Needs a bariatric wheelchair or stretcher.</summary>
    Bariatric,
}

/// <summary>What the passenger needs on the trip.</summary>
/// <param name="Aid">How the passenger moves.</param>
/// <param name="Escorts">Companions or attendants travelling along.</param>
/// <param name="Oxygen">Whether the passenger travels with oxygen.</param>
/// <param name="ServiceAnimal">Whether a service animal travels along.</param>
/// <param name="DoorToDoor">Whether the driver must help from door to door, not only kerb to kerb.</param>
public sealed record MobilityNeeds(MobilityAid Aid, int Escorts = 0, bool Oxygen = false, bool ServiceAnimal = false, bool DoorToDoor = false);

/// <summary>One end of a trip.</summary>
/// <param name="Place">Where, with its IANA time zone.</param>
/// <param name="Time">The instant: for a pickup, when to pick up; for a drop-off, when to arrive by (an appointment). Shown to people in <see cref="Place.TimeZone"/>.</param>
/// <param name="Instructions">For the driver, e.g. "arrivals hall, door 8; flight TK 1980".</param>
public sealed record TripStop(Place Place, DateTimeOffset? Time, string? Instructions = null);

/// <summary>A trip to quote, book or change. At least one of the stops carries a time.</summary>
/// <param name="Pickup">Where and when to pick up.</param>
/// <param name="DropOff">Where to go, and when to arrive by.</param>
/// <param name="Passengers">Travellers, the patient included.</param>
/// <param name="Mobility">The patient's needs.</param>
/// <param name="Luggage">Pieces of luggage.</param>
/// <param name="Notes">Anything else for the firm.</param>
public sealed record TripRequest(TripStop Pickup, TripStop DropOff, int Passengers, MobilityNeeds Mobility, int Luggage = 0, string? Notes = null);

/// <summary>A priced trip.</summary>
/// <param name="QuoteId">The firm's quote id, to book at this fare.</param>
/// <param name="Fare">The fare, taxes included.</param>
/// <param name="FareLockedUntil">Until when the firm honours the fare.</param>
/// <param name="VehicleType">The vehicle the firm would send, in its words.</param>
/// <param name="EstimatedDuration">Expected driving time.</param>
/// <param name="EstimatedDistanceKm">Expected distance.</param>
public sealed record TripQuote(string QuoteId, MonetaryAmount Fare, DateTimeOffset FareLockedUntil, string VehicleType, TimeSpan EstimatedDuration, double? EstimatedDistanceKm = null);

/// <summary>A booking request.</summary>
/// <param name="Trip">The trip.</param>
/// <param name="Passenger">The patient, for the driver to reach.</param>
/// <param name="QuoteId">A quote whose fare is locked; <see langword="null"/> books at the current fare.</param>
public sealed record TripBookingRequest(TripRequest Trip, ContactPerson Passenger, string? QuoteId = null);

/// <summary>Where a trip stands.</summary>
public enum TripState
{
    /// <summary>Received; the firm is looking for a vehicle.</summary>
    Requested,

    /// <summary>Confirmed; no driver assigned yet.</summary>
    Confirmed,

    /// <summary>A driver and vehicle are assigned.</summary>
    DriverAssigned,

    /// <summary>The driver is on the way to the pickup.</summary>
    EnRoute,

    /// <summary>The driver is at the pickup.</summary>
    Arrived,

    /// <summary>The passenger is on board.</summary>
    PassengerOnBoard,

    /// <summary>The passenger was dropped off.</summary>
    Completed,

    /// <summary>Cancelled by the hospital or the firm.</summary>
    Cancelled,

    /// <summary>The passenger did not show up.</summary>
    NoShow,
}

/// <summary>A booked trip.</summary>
/// <param name="BookingReference">The firm's booking reference.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Trip">The trip as booked.</param>
/// <param name="Fare">The fare charged.</param>
/// <param name="PickupWindow">The firm's pickup window, when it gives one.</param>
/// <param name="Driver">The driver, once assigned.</param>
/// <param name="Vehicle">The vehicle (make, colour, plate), once assigned.</param>
public sealed record TripBooking(string BookingReference, TripState State, TripRequest Trip, MonetaryAmount Fare, TimeWindow? PickupWindow = null, ContactPerson? Driver = null, string? Vehicle = null);

/// <summary>A cancelled trip.</summary>
/// <param name="BookingReference">The firm's booking reference.</param>
/// <param name="CancelledAt">When the firm recorded it.</param>
/// <param name="Fee">The late-cancellation fee, if any.</param>
public sealed record TripCancellation(string BookingReference, DateTimeOffset CancelledAt, MonetaryAmount? Fee = null);

/// <summary>A trip's live status.</summary>
/// <param name="BookingReference">The firm's booking reference.</param>
/// <param name="State">Where it stands.</param>
/// <param name="UpdatedAt">When the firm last changed it.</param>
/// <param name="VehicleLocation">Where the vehicle is, while it moves.</param>
/// <param name="EstimatedArrival">When the vehicle should reach the next stop.</param>
/// <param name="Note">The firm's remark, e.g. "traffic on the bridge".</param>
public sealed record TripStatus(string BookingReference, TripState State, DateTimeOffset UpdatedAt, GeoPoint? VehicleLocation = null, DateTimeOffset? EstimatedArrival = null, string? Note = null);

/// <summary>A trip's status changed (reported by the plugin or a webhook).</summary>
/// <param name="Reference">The firm's booking reference.</param>
/// <param name="OccurredAt">When it changed.</param>
/// <param name="Status">The new status.</param>
public sealed record TripStatusChanged(string Reference, DateTimeOffset OccurredAt, TripStatus Status)
    : PartnerEvent(Reference, OccurredAt);
