using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Kernel.Tests.Infrastructure;

namespace Platform.Host.Tests;

/// <summary>The hospital configurations in samples/ start the real host, so they cannot rot.</summary>
public sealed class SampleConfigurationTests
{
    [Fact]
    public async Task SingleClinicSample_StartsOnItsSqliteFileWithTheSigningKeyFromTheEnvironmentSlot()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        var settings = LoadSample("single-clinic-embedded.json");
        settings["Database"]!["SqlitePath"] = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        settings["Identity"]!["Jwt"]!["SigningKey"] = "sample-test-signing-key-0123456789abcdef";

        var ready = await StartAndCheckReadinessAsync(settings);

        ready.GetProperty("status").GetString().ShouldBe("Healthy");
        ready.GetProperty("checks")[0].GetProperty("data").GetProperty("provider").GetString().ShouldBe("Sqlite");
    }

    [Fact]
    public async Task PostgresSample_StartsOnPostgreSqlWithAnExternalIdentityProvider()
    {
        await using var database = await TestDatabase.CreateAsync("Postgres");
        var settings = LoadSample("postgres-with-identity-provider.json");
        settings["Database"]!["ConnectionString"] = database.ConnectionString;

        var ready = await StartAndCheckReadinessAsync(settings);

        var data = ready.GetProperty("checks")[0].GetProperty("data");
        data.GetProperty("provider").GetString().ShouldBe("Postgres");
        data.GetProperty("audit").GetString().ShouldBe("migrated");
    }

    [Fact]
    public void Start_WithASettingsFileThatDoesNotExist_SaysWhichFile()
    {
        using var host = new HostFactory { Settings = { ["SettingsFile"] = "no-such-hospital.json" } };

        var error = Should.Throw<FileNotFoundException>(() => host.CreateClient());

        error.Message.ShouldStartWith("SettingsFile 'no-such-hospital.json' does not exist (looked for ");
    }

    private static JsonNode LoadSample(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name)))!;

    private static async Task<JsonElement> StartAndCheckReadinessAsync(JsonNode settings)
    {
        var file = Path.Combine(Path.GetTempPath(), $"hospital-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, settings.ToJsonString());
        try
        {
            using var host = new HostFactory { Environment = "Production", Settings = { ["SettingsFile"] = file } };
            var response = await host.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
