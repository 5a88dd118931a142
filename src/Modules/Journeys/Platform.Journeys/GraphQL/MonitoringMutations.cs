using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Journeys.Contracts;
using Platform.Kernel.GraphQL;

namespace Platform.Journeys.GraphQL;

[MutationType]
internal sealed class MonitoringMutations
{
    [GraphQLDescription("Monitors a measure on a journey with these thresholds, or changes them (clinicians).")]
    public static async Task<MeasureMonitoringPayload> SetMonitoringThresholds(SetMonitoringThresholds input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(input, cancellationToken);
        return new MeasureMonitoringPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Records readings typed in by staff or the patient (own journeys only), or relayed from a device (deviceId: the same device, measure and takenAt is recorded once). A reading out of range raises a task for the clinicians.")]
    public static async Task<RecordReadingsPayload> RecordReadings(RecordReadings input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(input, cancellationToken);
        return new RecordReadingsPayload(outcome.Result, outcome.Errors);
    }
}

internal sealed record MeasureMonitoringPayload(
    [property: GraphQLDescription("The measure as monitored now; null when errors is not empty.")] MonitoredMeasureDto? Measure,
    [property: GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IUserError> Errors);

internal sealed record RecordReadingsPayload(
    [property: GraphQLDescription("The readings as recorded; null when errors is not empty (then none was recorded).")] RecordedReadings? Result,
    [property: GraphQLDescription("Why nothing was recorded; empty on success.")] IReadOnlyList<IUserError> Errors);
