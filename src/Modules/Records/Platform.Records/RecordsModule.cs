using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Kernel.Modules;
using Platform.Kernel.Persistence;
using Platform.Kernel.Values;
using Platform.Records.Access;
using Platform.Records.Content;
using Platform.Records.Contracts;
using Platform.Records.Features.OpenShare;
using Platform.Records.GraphQL;
using Platform.Records.Http;
using Platform.Records.Passport;
using Platform.Records.Persistence;

namespace Platform.Records;

/// <summary>
/// Medical records: documents (typed, versioned, checked and stored behind a content store),
/// requests for records from home-country providers, translations, and consented sharing.
/// </summary>
public sealed class RecordsModule : IModule
{
    public const string SchemaName = "records";

    public string Name => SchemaName;

    public void Register(ModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RecordsOptions>().Bind(builder.Configuration.GetSection(RecordsOptions.SectionName));
        var environment = builder.Environment;
        services.AddSingleton<IDocumentContentStore>(sp => new LocalDiskContentStore(ContentRoot(sp.GetRequiredService<IOptions<RecordsOptions>>().Value,
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, environment.ContentRootPath)));
        services.AddSingleton<IVirusScanner>(sp => sp.GetRequiredService<IOptions<RecordsOptions>>().Value.VirusScanner.Trim().ToUpperInvariant() switch
        {
            "" or "NONE" => new AcceptingVirusScanner(),
            "EICAR" => new EicarSignatureScanner(),
            var other => throw new InvalidOperationException($"Records:VirusScanner is '{other}': expected 'none' (accept every upload) or 'eicar' (refuse the EICAR test file), or register an IVirusScanner."),
        });
        services.AddScoped<ContentStaging>();
        services.AddScoped<UploadIntake>();
        services.AddScoped<DocumentAccess>();
        services.AddScoped<RecordsAudit>();
        services.AddScoped<ShareGate>();
        services.AddScoped<Translations.TranslationRoute>();
        services.AddHostedService<OrphanSweepService>();
        services.AddScoped<Features.ShareDocuments.ShareConsent>();
        services.AddScoped<PassportSources>();
        services.AddScoped<Features.SendHandBackPackage.HandBackRecipient>();
        services.AddScoped<IPassportCareSchedule, ModulesCareSchedule>();
        services.AddOptions<RecordsOptions>().Validate(
            o => o.CenterCountry is not { Length: > 0 } country || CountryCode.TryParse(country, out _),
            "Records:CenterCountry must be an ISO 3166-1 country code such as ES or ESP.");

        builder.AddDbContext<RecordsDbContext>()
            .AddGraphQL(schema => schema.AddAnnotated(typeof(RecordsQueries), typeof(RecordsMutations), typeof(RecordsSubscriptions), typeof(ContentStoreMutations), typeof(PatientDocuments))
                .AddAnnotated(typeof(ClinicalSummaryMutations), typeof(PatientClinicalSummaryField), typeof(PassportQueries), typeof(HandBackMutations)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        RecordsEndpoints.Map(endpoints);
        PassportEndpoints.Map(endpoints);
    }

    private static string ContentRoot(RecordsOptions records, DatabaseOptions database, string contentRoot)
    {
        if (records.ContentRoot is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        var sqlite = database.Provider.Trim().Equals("Sqlite", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(database.ConnectionString);
        return sqlite
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.SqlitePath, contentRoot))!, "records")
            : Path.GetFullPath("App_Data/records", contentRoot);
    }
}
