using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Registry;

namespace Platform.Patients.Validation;

/// <summary>Rules for languages, cultural preferences and attribution.</summary>
internal static class PreferenceRules
{
    public static void CheckLanguages(ValidationErrors errors, string field, IReadOnlyList<string>? languages)
    {
        var tags = languages ?? [];
        if (tags.Count > FieldLimits.Languages)
        {
            errors.Add(field, $"{tags.Count} languages", "Count", $"must hold at most {FieldLimits.Languages} languages, most preferred first");
        }

        for (var i = 0; i < tags.Count; i++)
        {
            errors.Parses($"{field}[{i}]", tags[i], LanguageTag.Parse);
        }
    }

    public static void CheckCulture(ValidationErrors errors, string prefix, CulturalPreferences? preferences)
    {
        if (preferences is null)
        {
            errors.Add(prefix, null, "Required", "is required");
            return;
        }

        errors.OptionalText($"{prefix}.religiousNeeds", preferences.ReligiousNeeds, FieldLimits.Text);
        errors.Defined($"{prefix}.diet", preferences.Diet);
        errors.OptionalText($"{prefix}.dietNotes", preferences.DietNotes, FieldLimits.Text);
        if (preferences.Diet == Diet.Other && string.IsNullOrWhiteSpace(preferences.DietNotes))
        {
            errors.Add($"{prefix}.dietNotes", preferences.DietNotes, "Required", "must say what the patient eats when the diet is Other");
        }

        errors.Defined($"{prefix}.clinicianGender", preferences.ClinicianGender);
        errors.Defined($"{prefix}.familyInvolvement", preferences.FamilyInvolvement);
        errors.Defined($"{prefix}.communicationStyle", preferences.CommunicationStyle);
        errors.OptionalText($"{prefix}.notes", preferences.Notes, FieldLimits.Text);
    }

    public static void CheckSource(ValidationErrors errors, string prefix, Attribution? source)
    {
        if (source is null)
        {
            errors.Add(prefix, null, "Required", "is required: say how the patient came to the center");
            return;
        }

        if (errors.Defined($"{prefix}.channel", (AttributionChannel?)source.Channel)
            && source.Channel is AttributionChannel.Facilitator or AttributionChannel.Insurer or AttributionChannel.Employer
            && source.ReferrerOrganizationId is null && string.IsNullOrWhiteSpace(source.ReferrerName))
        {
            errors.Add($"{prefix}.referrerName", source.ReferrerName, "Required",
                $"or '{prefix}.referrerOrganizationId' is required when the patient came through a {source.Channel.ToString().ToLowerInvariant()}, so the referral can be credited");
        }

        if (source.ReferrerOrganizationId == Guid.Empty)
        {
            errors.Add($"{prefix}.referrerOrganizationId", source.ReferrerOrganizationId, "Required", "must be an organization's id, or left out");
        }

        errors.OptionalText($"{prefix}.referrerName", source.ReferrerName, FieldLimits.PersonName);
        errors.OptionalText($"{prefix}.campaign", source.Campaign, FieldLimits.Campaign);
    }
}
