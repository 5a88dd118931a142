using Platform.Audit;
using Platform.Identity;
using Platform.Journeys;
using Platform.Kernel.Modules;
using Platform.Partners;
using Platform.Patients;
using Platform.Records;
using Platform.Scheduling;

namespace Platform.Host;

/// <summary>The modules this host is composed of, in the order their migrations run.</summary>
internal static class PlatformModules
{
    public static IModule[] All() => [new AuditModule(), new IdentityModule(), new PatientsModule(), new JourneysModule(), new RecordsModule(), new SchedulingModule(), new PartnersModule()];
}
