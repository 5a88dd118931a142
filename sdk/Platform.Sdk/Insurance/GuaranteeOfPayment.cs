namespace Platform.Sdk.Insurance;

/// <summary>A request for a guarantee of payment before treatment.</summary>
/// <param name="Member">The patient.</param>
/// <param name="Provider">The treating provider.</param>
/// <param name="Setting">Where care is delivered.</param>
/// <param name="Diagnoses">Diagnoses, ICD-10 codes first.</param>
/// <param name="TreatmentPlan">The planned treatment in words.</param>
/// <param name="EstimatedCost">The provider's cost estimate.</param>
/// <param name="AdmissionDate">Planned (or actual, in an emergency) admission date.</param>
/// <param name="ExpectedLengthOfStayDays">Expected nights in hospital; 0 for outpatient care.</param>
/// <param name="Attachments">Medical report, cost estimate, passport copy.</param>
public sealed record GuaranteeOfPaymentRequest(
    Member Member,
    Provider Provider,
    CareSetting Setting,
    IReadOnlyList<Coding> Diagnoses,
    string TreatmentPlan,
    MonetaryAmount EstimatedCost,
    DateOnly AdmissionDate,
    int ExpectedLengthOfStayDays,
    IReadOnlyList<SupportingDocument>? Attachments = null);

/// <summary>A guarantee of payment issued by the payor.</summary>
/// <param name="GuaranteeNumber">The guarantee's number, to quote on the invoice.</param>
/// <param name="CoveredAmount">The most the payor guarantees.</param>
/// <param name="PatientShare">What the patient pays first (deductible, excess), if any.</param>
/// <param name="ValidFor">When treatment must take place for the guarantee to hold.</param>
/// <param name="Exclusions">What the guarantee does not cover, in the payor's words.</param>
public sealed record GuaranteeOfPayment(string GuaranteeNumber, MonetaryAmount CoveredAmount, MonetaryAmount? PatientShare, DatePeriod ValidFor, IReadOnlyList<string> Exclusions);
