namespace Platform.Sdk.Insurance;

/// <summary>The insured person as the payor knows them (X12 subscriber or dependent, FHIR Coverage.beneficiary).</summary>
/// <param name="MemberId">The payor's member or policy-holder id, as on the insurance card.</param>
/// <param name="GivenName">Given name as on the card.</param>
/// <param name="FamilyName">Family name as on the card.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="PolicyNumber">Policy or group number, when the payor uses one.</param>
public sealed record Member(string MemberId, string GivenName, string FamilyName, DateOnly BirthDate, string? PolicyNumber = null);

/// <summary>The treating provider as the payor identifies it.</summary>
/// <param name="ProviderId">The provider's id with the payor (contract number, NPI, national facility id).</param>
/// <param name="Name">The facility's name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the country of treatment.</param>
public sealed record Provider(string ProviderId, string Name, string Country);

/// <summary>Where care is delivered, which changes what payors require.</summary>
public enum CareSetting
{
    /// <summary>Outpatient or day case.</summary>
    Outpatient,

    /// <summary>Inpatient admission.</summary>
    Inpatient,

    /// <summary>Emergency care, which most payors authorize after the fact.</summary>
    Emergency,
}

/// <summary>A service asked about or requested, with quantity.</summary>
/// <param name="Service">The procedure or service code (CPT, HCPCS, ICD-10-PCS, or an X12 service type code).</param>
/// <param name="Quantity">Units, visits or days.</param>
public sealed record RequestedService(Coding Service, int Quantity = 1);
