using Platform.GraphQL.CodeFirst;

namespace Platform.GraphQL.Tests.CodeFirst;

// A "module" with abstract types, OneOf inputs and XML doc comments as descriptions: a patient's
// timeline mixes visits and prescriptions (interface CareEvent), search mixes visits and
// clinicians (union SearchResult). The doc comments here are asserted by the SDL tests.

/// <summary>Something that happened in a patient's care.</summary>
[InterfaceType]
internal interface ICareEvent
{
    /// <summary>The day it happened.</summary>
    DateOnly On { get; }

    string Title { get; }
}

/// <summary>A result of <see cref="CareEventQueries.Search"/>.</summary>
[UnionType]
internal interface ISearchResult;

/// <summary>A consultation with a clinician.</summary>
/// <param name="On">The day of the visit.</param>
/// <param name="Title">What the visit was about.</param>
/// <param name="Clinician">Who saw the patient.</param>
internal sealed record Visit(DateOnly On, string Title, string Clinician) : ICareEvent, ISearchResult;

internal sealed record Prescription(DateOnly On, string Title, string Drug, int Refills) : ICareEvent;

internal sealed record Clinician(string Name, string Specialty) : ISearchResult;

/// <summary>How to reach a patient: by exactly one of these.</summary>
[OneOf]
internal sealed record ContactMethod(string? Email, string? Phone, int? Pager);

internal sealed record VisitFilter(string? Clinician, [GraphQLDeprecated("Use clinician.")] string? Doctor = null, int Limit = 5, bool Recent = true);

internal sealed class CareEventQueries
{
    private static readonly ICareEvent[] _timeline =
    [
        new Visit(new DateOnly(2026, 3, 1), "Check-up", "Dr. Lee"),
        new Prescription(new DateOnly(2026, 3, 2), "Blood pressure", "Lisinopril", 2),
    ];

    /// <summary>The patient's care events, <c>newest</c> last.</summary>
    /// <param name="limit">How many events to return at most.</param>
    public static IReadOnlyList<ICareEvent> Timeline(int limit = 10) => [.. _timeline.Take(limit)];

    /// <summary>
    /// Visits and clinicians whose text contains <paramref name="text"/>.
    /// <para>Matching is case sensitive.</para>
    /// </summary>
    public static IReadOnlyList<ISearchResult> Search(string text) =>
        [.. new ISearchResult[] { (Visit)_timeline[0], new Clinician("Dr. Lee", "Cardiology") }
            .Where(result => result.ToString()!.Contains(text, StringComparison.Ordinal))];

    public static string Contact(ContactMethod by) =>
        by.Email is not null ? $"email {by.Email}" : by.Phone is not null ? $"phone {by.Phone}" : $"pager {by.Pager}";

    public static IReadOnlyList<Visit> Visits(VisitFilter? filter = null, [GraphQLDeprecated("Use filter.")] string? clinician = null) =>
        [.. _timeline.OfType<Visit>().Where(visit => (filter?.Clinician ?? filter?.Doctor ?? clinician) is not { } name || visit.Clinician == name).Take(filter?.Limit ?? 5)];
}

// Registered without attributes: AddInterface<IBillable>() and AddUnion<IAttachment>(typeof(Scan)).

internal interface IBillable
{
    decimal Amount { get; }
}

internal interface IAttachment;

internal sealed record Invoice(decimal Amount, string Number) : IBillable, IAttachment;

internal sealed record Scan(string Modality) : IAttachment;

internal sealed class BillingQueries
{
    public static IBillable LatestBill() => new Invoice(12.5m, "INV-1");

    public static IReadOnlyList<IAttachment> Attachments() => [new Scan("MRI")];
}
