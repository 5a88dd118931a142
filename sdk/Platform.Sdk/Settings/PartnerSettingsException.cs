namespace Platform.Sdk;

/// <summary>One problem with one setting.</summary>
/// <param name="Setting">The setting's name, as the hospital writes it in configuration.</param>
/// <param name="Problem">What is wrong, e.g. "is missing" or "is not a whole number"; never the value, which may be a secret.</param>
public sealed record SettingError(string Setting, string Problem)
{
    /// <summary>The error as a sentence fragment, e.g. <c>setting 'ApiKey' is missing</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"setting '{Setting}' {Problem}";
}

/// <summary>A partner instance's settings are missing, unknown, malformed or invalid.</summary>
public sealed class PartnerSettingsException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="settingsType">The settings type being bound.</param>
    /// <param name="errors">Every problem found, not just the first.</param>
    public PartnerSettingsException(Type settingsType, IReadOnlyList<SettingError> errors)
        : base($"{settingsType.Name}: {string.Join("; ", errors)}")
    {
        ArgumentNullException.ThrowIfNull(settingsType);
        SettingsType = settingsType;
        Errors = errors;
    }

    /// <summary>Creates the exception without detail.</summary>
    public PartnerSettingsException()
        : this("The partner's settings are not valid.")
    {
    }

    /// <summary>Creates the exception for one problem described in words.</summary>
    /// <param name="message">The problem.</param>
    public PartnerSettingsException(string message)
        : base(message)
    {
        SettingsType = typeof(object);
        Errors = [];
    }

    /// <summary>Creates the exception for one problem described in words, with its cause.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">The cause.</param>
    public PartnerSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        SettingsType = typeof(object);
        Errors = [];
    }

    /// <summary>The settings type being bound.</summary>
    public Type SettingsType { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<SettingError> Errors { get; }
}
