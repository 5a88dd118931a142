using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Host.Tests;

/// <summary>The real host (Program.cs) in memory, on its embedded SQLite default in a folder of its own.</summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "platform-host-tests", Guid.NewGuid().ToString("N"));

    public string Environment { get; init; } = "Development";

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The platform's clock, when a test needs to move time (escalation of overdue work); the system clock otherwise.</summary>
    public TimeProvider? Clock { get; init; }

    public string DatabasePath => Path.Combine(_directory, "data", "platform.db");

    /// <summary>The checkout's root (where Platform.sln is), for files the tests use from the repository.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Platform.sln was not found above {AppContext.BaseDirectory}.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:SqlitePath", DatabasePath);

        // The demo center is for people trying the platform; tests that want it set Demo:Enabled.
        builder.UseSetting("Demo:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
