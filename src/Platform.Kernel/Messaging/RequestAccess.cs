using System.Collections.Concurrent;
using System.Reflection;
using Platform.Kernel.Security;

namespace Platform.Kernel.Messaging;

/// <summary>What a request type declares about access and audit, read once per type.</summary>
internal sealed record RequestAccess(
    string Name,
    bool IsCommand,
    bool IsPublic,
    IReadOnlyList<string> Roles,
    bool IsPatientScoped,
    string? AuditedResource)
{
    private static readonly ConcurrentDictionary<Type, RequestAccess> _cache = new();

    public bool Declared => IsPublic || Roles.Count > 0;

    public bool IsAudited => IsPatientScoped || AuditedResource is not null;

    public string ResourceType => AuditedResource ?? (IsPatientScoped ? "Patient" : Name);

    public static RequestAccess Of(Type requestType) => _cache.GetOrAdd(requestType, static t => new RequestAccess(
        t.Name,
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)),
        t.GetCustomAttribute<PublicRequestAttribute>() is not null,
        t.GetCustomAttribute<RequiresRoleAttribute>()?.Roles ?? [],
        typeof(IPatientScoped).IsAssignableFrom(t),
        t.GetCustomAttribute<AuditedAttribute>()?.ResourceType));
}
