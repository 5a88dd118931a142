using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Host.Cli;

namespace Platform.Host.Tests;

/// <summary>The admin commands hospital IT runs, against a database of their own, with their output and exit codes.</summary>
public sealed class AdminCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "platform-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Token_ForADemoUser_PrintsASignedTokenWithTheirRole()
    {
        var (exit, output, _) = await RunAsync("token", "case_manager");

        exit.ShouldBe(0);
        var token = new JsonWebToken(output.Trim());
        token.GetClaim("role").Value.ShouldBe("case_manager");
        token.GetClaim("name").Value.ShouldBe("Daniel Okafor");
    }

    [Fact]
    public async Task Schema_WithAFile_WritesTheSchemaTheHostServes()
    {
        var file = Path.Combine(_directory, "schema.graphql");
        Directory.CreateDirectory(_directory);
        using var host = new HostFactory();
        var served = await host.CreateClient().GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        var (exit, output, _) = await RunAsync("schema", file);

        exit.ShouldBe(0);
        output.ShouldStartWith("Wrote the schema to ");
        File.ReadAllText(file).ShouldBe(served);
        served.ShouldContain("type Query {");
    }

    [Fact]
    public async Task AuditVerify_OnAFreshDatabase_PrintsAnIntactReportAndExitsZero()
    {
        var (exit, output, _) = await RunAsync("audit", "verify");

        exit.ShouldBe(0);
        output.ShouldContain("\"intact\": true");
        File.Exists(Path.Combine(_directory, "platform.db")).ShouldBeTrue();
    }

    [Fact]
    public async Task OutboxParked_WithNothingParked_PrintsAnEmptyList()
    {
        var (exit, output, _) = await RunAsync("outbox", "parked");

        exit.ShouldBe(0);
        output.Trim().ShouldBe("[]");
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwoWithTheUsage()
    {
        var (exit, _, error) = await RunAsync("outbox", "purge");

        exit.ShouldBe(2);
        error.ShouldContain("Unknown command 'outbox purge'.");
        error.ShouldContain("outbox replay <module> <id>");
    }

    [Fact]
    public async Task Token_ForAnUnknownUser_ExitsOneWithTheReason()
    {
        var (exit, _, error) = await RunAsync("token", "nobody");

        exit.ShouldBe(1);
        error.ShouldContain("'nobody' is not a demo user");
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] command)
    {
        string[] settings =
        [
            "--Database:SqlitePath", Path.Combine(_directory, "platform.db"),
            "--Identity:Jwt:SigningKey", "cli-tests-signing-key-0123456789abcdef",
            "--Identity:DevelopmentTokens:Enabled", "true",
            "--Logging:LogLevel:Default", "Warning",
        ];
        var output = new StringWriter();
        var error = new StringWriter();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            AdminCommands.IsCommand(command).ShouldBeTrue();
            var exit = await AdminCommands.RunAsync([.. command, .. settings]);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
