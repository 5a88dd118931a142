using System.ComponentModel.DataAnnotations;
using Platform.Sdk;

namespace Platform.Plugins.Tests;

public sealed class PartnerSettingsTests
{
    public enum Environment
    {
        Sandbox,
        Production,
    }

    [Fact]
    public void Bind_PositionalRecord_BindsEveryTypeByNameWithoutRegardToCase()
    {
        var settings = PartnerSettings.Bind<ConnectorSettings>(Values(
            ("baseurl", "https://api.payor.example/v2/"), ("apikey", "k-1"), ("Timeout", "00:00:03"), ("Environment", "production"),
            ("Regions", "TR, AE ,DE"), ("Retries", "4"), ("Markup", "1.25"), ("StartsOn", "2025-01-01"), ("Verbose", "true")));

        settings.ShouldBe(new ConnectorSettings(new Uri("https://api.payor.example/v2/"), "k-1", Environment.Production, 4) with
        {
            Timeout = TimeSpan.FromSeconds(3),
            Regions = settings.Regions,
            Markup = 1.25m,
            StartsOn = new DateOnly(2025, 1, 1),
            Verbose = true,
        });
        settings.Regions.ShouldBe(["TR", "AE", "DE"]);
    }

    [Fact]
    public void Bind_OptionalSettingsAbsentOrEmpty_KeepTheirDefaults()
    {
        var settings = PartnerSettings.Bind<ConnectorSettings>(Values(("BaseUrl", "https://x.example/"), ("ApiKey", "k"), ("Retries", "  ")));

        (settings.Timeout, settings.Environment, settings.Retries, settings.Regions.Count).ShouldBe((TimeSpan.FromSeconds(10), Environment.Sandbox, 2, 0));
    }

    [Fact]
    public void Bind_EverythingWrong_ReportsEachSettingByNameAndNeverItsValue()
    {
        var error = Should.Throw<PartnerSettingsException>(() => PartnerSettings.Bind<ConnectorSettings>(Values(
            ("BaseUrl", "not a url"), ("Timeout", "soon"), ("Environment", "1"), ("Retries", "99"), ("Colour", "blue"))));

        error.Errors.Select(e => e.ToString()).ShouldBe([
            "setting 'Colour' is not a setting of ConnectorSettings; its settings are BaseUrl, ApiKey, Environment, Retries, Timeout, Regions, Markup, StartsOn, Verbose",
            "setting 'BaseUrl' is not an absolute URL such as https://partner.example/api/",
            "setting 'ApiKey' is missing",
            "setting 'Environment' is not one of Sandbox, Production",
            "setting 'Timeout' is not a duration such as 00:00:05",
            "setting 'Retries' is not valid: The field Retries must be between 0 and 5.",
        ]);
        error.Message.ShouldNotContain("not a url");
        error.Message.ShouldNotContain("blue");
    }

    [Fact]
    public void Bind_RequiredPropertiesAndCrossSettingRule_AreChecked()
    {
        Should.Throw<PartnerSettingsException>(() => PartnerSettings.Bind<WindowSettings>(Values(("Opens", "09:00:00"))))
            .Errors.ShouldBe([new SettingError("Closes", "is missing")]);
        Should.Throw<PartnerSettingsException>(() => PartnerSettings.Bind<WindowSettings>(Values(("Opens", "18:00:00"), ("Closes", "09:00:00"))))
            .Errors.ShouldBe([new SettingError("Closes", "is not valid: Closes must be after Opens.")]);
        PartnerSettings.Bind<WindowSettings>(Values(("Opens", "09:00:00"), ("Closes", "18:00:00"))).Closes.ShouldBe(TimeSpan.FromHours(18));
    }

    [Fact]
    public void Bind_UnsupportedSettingType_SaysWhichMember()
    {
        Should.Throw<PartnerSettingsException>(() => PartnerSettings.Bind<Unsupported>(Values()))
            .Message.ShouldBe("Unsupported.Nested is a WindowSettings, which settings cannot hold; use one of the types PartnerSettings lists.");
    }

    private static Dictionary<string, string?> Values(params (string Key, string? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Data annotations on a positional parameter land on the parameter, not the property; the binder reads both.</summary>
    public sealed record ConnectorSettings(Uri BaseUrl, string ApiKey, Environment Environment = Environment.Sandbox, [Range(0, 5)] int Retries = 2)
    {
        public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

        public IReadOnlyList<string> Regions { get; init; } = [];

        public decimal Markup { get; init; } = 1m;

        public DateOnly? StartsOn { get; init; }

        public bool Verbose { get; init; }
    }

    public sealed class WindowSettings : IValidatableObject
    {
        public required TimeSpan Opens { get; init; }

        public required TimeSpan Closes { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Closes <= Opens)
            {
                yield return new ValidationResult("Closes must be after Opens.", [nameof(Closes)]);
            }
        }
    }

    public sealed class Unsupported
    {
        public WindowSettings? Nested { get; init; }
    }
}
