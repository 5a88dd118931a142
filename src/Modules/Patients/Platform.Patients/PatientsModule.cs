using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Modules;
using Platform.Patients.Features.SearchPatients;
using Platform.Patients.GraphQL;
using Platform.Patients.Persistence;

namespace Platform.Patients;

/// <summary>
/// The patient registry: who the international patient is, how to reach them, their languages,
/// cultural preferences, consents and source, with duplicate detection and merge.
/// </summary>
public sealed class PatientsModule : IModule
{
    public const string SchemaName = "patients";

    public string Name => SchemaName;

    public void Register(ModuleBuilder builder)
    {
        builder.Services.AddScoped<PatientListing>();
        builder
            .AddDbContext<PatientsDbContext>()
            .AddGraphQL(schema => schema.AddAnnotated(typeof(PatientQueries), typeof(PatientMutations), typeof(PatientPreferenceMutations), typeof(PatientConsentMutations), typeof(PatientSubscriptions)))
            .AddNodeType<Contracts.GraphQL.PatientGraphType>(PatientNodes.FetchAsync);
    }
}
