using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Registry;

namespace Platform.Patients.Validation;

/// <summary>Rules for the people on a patient's record besides the patient.</summary>
internal static class PersonRules
{
    public static void CheckRelatedPerson(ValidationErrors errors, string prefix, RelatedPersonDetails? person)
    {
        if (person is null)
        {
            errors.Add(prefix, null, "Required", "is required");
            return;
        }

        errors.RequiredText($"{prefix}.name", person.Name, FieldLimits.PersonName);
        errors.Defined($"{prefix}.relationship", (Relationship?)person.Relationship);
        CheckReachability(errors, prefix, person.Phone, person.Email);
        if (person.IsNextOfKin && string.IsNullOrWhiteSpace(person.Phone) && string.IsNullOrWhiteSpace(person.Email))
        {
            errors.Add($"{prefix}.phone", person.Phone, "Required", "or an email is required for next of kin, who must be reachable in an emergency");
        }
    }

    public static void CheckPhysician(ValidationErrors errors, string prefix, HomePhysicianDetails physician)
    {
        errors.RequiredText($"{prefix}.name", physician.Name, FieldLimits.PersonName);
        errors.OptionalText($"{prefix}.practice", physician.Practice, FieldLimits.Practice);
        if (!string.IsNullOrWhiteSpace(physician.Country))
        {
            errors.Parses($"{prefix}.country", physician.Country, CountryCode.Parse);
        }

        CheckReachability(errors, prefix, physician.Phone, physician.Email);
    }

    private static void CheckReachability(ValidationErrors errors, string prefix, string? phone, string? email)
    {
        if (!string.IsNullOrWhiteSpace(phone))
        {
            errors.Parses($"{prefix}.phone", phone, PhoneNumber.Parse);
        }

        errors.EmailAddress($"{prefix}.email", email);
    }
}
