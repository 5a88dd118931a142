using Microsoft.Extensions.Options;

namespace Platform.Host.Tests;

/// <summary>Scheduling's settings are checked when the host starts, naming the setting and what it expects.</summary>
public sealed class SchedulingSettingsTests
{
    [Theory]
    [InlineData("Scheduling:FacilityTimeZone", "Europe/Barcelona", "Scheduling:FacilityTimeZone must be an IANA time zone such as Europe/Madrid.")]
    [InlineData("Scheduling:ReminderOffsets:0", "-02:00:00", "Scheduling:ReminderOffsets must be durations before the start between 00:01:00 and 30.00:00:00")]
    public void Start_WithABadSchedulingSetting_FailsNamingIt(string key, string value, string expected)
    {
        using var host = new HostFactory { Settings = { [key] = value } };

        var error = Should.Throw<OptionsValidationException>(() => host.CreateClient());

        error.Message.ShouldContain(expected);
    }
}
