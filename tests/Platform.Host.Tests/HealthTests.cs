using System.Net;
using System.Text.Json;

namespace Platform.Host.Tests;

public sealed class HealthTests : IDisposable
{
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Health_OnFirstStart_AnswersAndCreatesTheSqliteDatabase()
    {
        File.Exists(_host.DatabasePath).ShouldBeFalse();
        var client = _host.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        File.Exists(_host.DatabasePath).ShouldBeTrue();
    }

    [Fact]
    public async Task Ready_WhenMigrated_ReportsEveryModule()
    {
        var client = _host.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        var data = body.RootElement.GetProperty("checks")[0].GetProperty("data");
        data.GetProperty("provider").GetString().ShouldBe("Sqlite");
        data.GetProperty("audit").GetString().ShouldBe("migrated");
        data.GetProperty("identity").GetString().ShouldBe("migrated");
    }

    [Fact]
    public void Start_WithAnUnknownDatabaseProvider_FailsNamingTheSettingAndTheChoices()
    {
        using var host = new HostFactory { Settings = { ["Database:Provider"] = "Oracle" } };

        var error = Should.Throw<InvalidOperationException>(() => host.CreateClient());

        error.Message.ShouldBe("Database:Provider is 'Oracle': expected 'Sqlite' (the embedded default) or 'Postgres'.");
    }

    [Fact]
    public void Start_InProductionWithoutAnySigningSetup_FailsSayingWhatToConfigure()
    {
        using var host = new HostFactory { Environment = "Production" };

        var error = Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => host.CreateClient());

        error.Message.ShouldContain("Identity:Jwt needs either Authority");
    }
}
