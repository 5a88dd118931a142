using System.Text.Json;
using MediatR;
using Platform.Audit.Contracts;
using Platform.GraphQL.Types;
using Platform.Identity.Contracts;
using Platform.Kernel.Outbox;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;

namespace Platform.Host.Cli;

/// <summary>
/// Operations for hospital IT that run against the configured database and exit, through the same
/// pipeline (and audit trail) as the API, acting as the "cli" administrator.
/// </summary>
internal static class AdminCommands
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly string _usage = """
        Usage: dotnet run --project src/Platform.Host -- <command> [--Section:Key value ...]
          migrate                      apply every module's migrations and exit
          token <user>                 print a development token for a demo user (coordinator, patient, ...)
          audit verify                 check the audit trail's chain of hashes (exit code 1 when broken)
          outbox parked                list outbox messages that delivery gave up on
          outbox replay <module> <id>  put a parked message back in line
          schema [file]                print the served GraphQL schema as SDL, or write it to the file
                                       (regenerate the artifact: schema samples/schema.graphql)
        With no command the host starts and serves HTTP.
        """;

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && args[0] is "migrate" or "schema" or "token" or "audit" or "outbox" or "help" or "--help" or "-h";

    public static async Task<int> RunAsync(string[] args)
    {
        var words = args.TakeWhile(a => !a.StartsWith('-')).ToArray();
        if (words.Length == 0 || words[0] == "help")
        {
            Console.WriteLine(_usage);
            return 0;
        }

        if (words is ["schema", ..])
        {
            return await PrintSchemaAsync(words, args[words.Length..]);
        }

        await using var app = PlatformApp.Build(args[words.Length..]);
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>()
            .Assign(PlatformPrincipal.Create("cli", "Command line", [Roles.Administrator]), "cli");
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        try
        {
            switch (words)
            {
                case ["migrate"]:
                    Console.WriteLine("Migrations applied.");
                    return 0;
                case ["token", var user]:
                    Console.WriteLine((await mediator.Send(new IssueDevelopmentToken(user))).AccessToken);
                    return 0;
                case ["audit", "verify"]:
                    var report = await mediator.Send(new VerifyAuditChain());
                    Print(report);
                    return report.Intact ? 0 : 1;
                case ["outbox", "parked"]:
                    Print(await mediator.Send(new ListParkedMessages()));
                    return 0;
                case ["outbox", "replay", var module, var id] when long.TryParse(id, out var messageId):
                    Print(await mediator.Send(new ReplayParkedMessage(module, messageId)));
                    return 0;
                default:
                    await Console.Error.WriteLineAsync($"Unknown command '{string.Join(' ', words)}'.\n{_usage}");
                    return 2;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    /// <summary>The schema the host serves, built from the modules without touching the database.</summary>
    private static async Task<int> PrintSchemaAsync(string[] words, string[] settings)
    {
        if (words.Length > 2)
        {
            await Console.Error.WriteLineAsync($"'schema' takes at most one file, not {words.Length - 1} words.\n{_usage}");
            return 2;
        }

        await using var app = PlatformApp.Build(settings);
        var sdl = SchemaPrinter.Print(app.Services.GetRequiredService<Schema>()) + "\n";
        if (words is [_, var file])
        {
            // 'dotnet run' starts the host in the project's folder; a relative path means the shell's folder.
            var shellDirectory = Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;
            var path = Path.GetFullPath(file, shellDirectory);
            await File.WriteAllTextAsync(path, sdl);
            Console.WriteLine($"Wrote the schema to {path}.");
        }
        else
        {
            Console.Write(sdl);
        }

        return 0;
    }

    private static void Print<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, _json));
}
