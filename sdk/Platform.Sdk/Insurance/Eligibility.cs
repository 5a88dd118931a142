namespace Platform.Sdk.Insurance;

/// <summary>An eligibility and benefits question (X12 270, FHIR CoverageEligibilityRequest).</summary>
/// <param name="Member">Who.</param>
/// <param name="Provider">The treating provider.</param>
/// <param name="ServiceDate">The date of the planned care.</param>
/// <param name="ServiceTypes">What benefits are asked about, as X12 service type codes (<c>30</c> plan coverage, <c>2</c> surgical, <c>48</c> hospital inpatient) or procedure codes; empty asks for plan coverage.</param>
public sealed record EligibilityRequest(Member Member, Provider Provider, DateOnly ServiceDate, IReadOnlyList<Coding> ServiceTypes);

/// <summary>The payor's answer (X12 271, FHIR CoverageEligibilityResponse).</summary>
/// <param name="IsActive">Whether coverage is in force on the service date.</param>
/// <param name="PlanName">The plan's name.</param>
/// <param name="CoveragePeriod">When the coverage runs, if the payor says.</param>
/// <param name="Benefits">Benefits per service type asked about.</param>
/// <param name="Notes">Free-text remarks from the payor (exclusions, network rules).</param>
public sealed record EligibilityResponse(bool IsActive, string? PlanName, DatePeriod? CoveragePeriod, IReadOnlyList<Benefit> Benefits, string? Notes = null);

/// <summary>The coverage for one service type (X12 271 EB segment, FHIR insurance.item).</summary>
/// <param name="ServiceType">The service type or code this benefit is for.</param>
/// <param name="IsCovered">Whether it is covered.</param>
/// <param name="InNetwork">Whether the provider is in the payor's network for it.</param>
/// <param name="AuthorizationRequired">Whether prior authorization is required.</param>
/// <param name="Copay">Fixed amount the patient pays.</param>
/// <param name="CoinsurancePercent">Share the patient pays, 0 to 100.</param>
/// <param name="DeductibleRemaining">Deductible left to meet.</param>
/// <param name="OutOfPocketRemaining">Out-of-pocket maximum left.</param>
/// <param name="Limit">Annual or per-event limit.</param>
public sealed record Benefit(
    Coding ServiceType,
    bool IsCovered,
    bool InNetwork,
    bool AuthorizationRequired,
    MonetaryAmount? Copay = null,
    decimal? CoinsurancePercent = null,
    MonetaryAmount? DeductibleRemaining = null,
    MonetaryAmount? OutOfPocketRemaining = null,
    MonetaryAmount? Limit = null);
