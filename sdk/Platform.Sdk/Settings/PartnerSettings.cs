using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Platform.Sdk;

/// <summary>
/// Binds a partner instance's settings (flat key/values from the host's configuration) to the
/// plugin's settings type, and validates them. <see cref="IPluginBuilder.AddSettings{TSettings}"/> uses it;
/// plugin tests can call it directly.
/// </summary>
/// <remarks>
/// <para>A settings type is a class or record with one public constructor. Its constructor parameters
/// and its public settable (or <c>init</c>) properties are the settings, matched by name without regard
/// to case. Supported types: <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>,
/// <see cref="decimal"/>, <see cref="double"/>, <see cref="TimeSpan"/>, <see cref="DateOnly"/>,
/// <see cref="DateTimeOffset"/>, <see cref="Guid"/>, absolute <see cref="Uri"/>, enums (by name),
/// <c>IReadOnlyList&lt;string&gt;</c> (comma-separated), and their nullable forms.</para>
/// <para>A setting is required when it is a constructor parameter without a default value and of a
/// non-nullable type, a <c>required</c> property, or marked <see cref="RequiredAttribute"/>. An empty value
/// counts as absent. A key the type does not declare is an error (it is usually a typo). Data annotations
/// (<see cref="RangeAttribute"/>, <see cref="RegularExpressionAttribute"/>, ...) on properties or constructor
/// parameters, and <see cref="IValidatableObject"/>, are checked after binding. Errors name the setting
/// and never show its value.</para>
/// </remarks>
public static class PartnerSettings
{
    /// <summary>Binds and validates settings.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="values">The instance's settings; keys compared without regard to case.</param>
    /// <returns>The bound settings.</returns>
    /// <exception cref="PartnerSettingsException">Every problem found.</exception>
    public static TSettings Bind<TSettings>(IReadOnlyDictionary<string, string?> values)
        where TSettings : class => (TSettings)Bind(typeof(TSettings), values);

    /// <summary>Binds and validates settings.</summary>
    /// <param name="settingsType">The settings type.</param>
    /// <param name="values">The instance's settings; keys compared without regard to case.</param>
    /// <returns>The bound settings.</returns>
    /// <exception cref="PartnerSettingsException">Every problem found.</exception>
    public static object Bind(Type settingsType, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(settingsType);
        ArgumentNullException.ThrowIfNull(values);
        var constructors = settingsType.GetConstructors();
        if (settingsType.IsAbstract || constructors.Length != 1)
        {
            throw new PartnerSettingsException($"{settingsType.Name} cannot hold settings: it needs exactly one public constructor and must not be abstract.");
        }

        var given = values.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value!, StringComparer.OrdinalIgnoreCase);
        var members = SettingMember.Of(settingsType, constructors[0]);
        List<SettingError> errors = [];
        errors.AddRange(values.Keys.Where(k => !members.Any(m => m.Is(k))).Select(k =>
            new SettingError(k, $"is not a setting of {settingsType.Name}; its settings are {string.Join(", ", members.Select(m => m.Name))}")));

        var bound = new Dictionary<SettingMember, object?>();
        foreach (var member in members)
        {
            if (!given.TryGetValue(member.Name, out var text))
            {
                if (member.IsRequired)
                {
                    errors.Add(new SettingError(member.Name, "is missing"));
                }

                continue;
            }

            if (SettingValueParser.TryParse(text, member.Type, out var value, out var expected))
            {
                bound[member] = value;
            }
            else
            {
                errors.Add(new SettingError(member.Name, $"is not {expected}"));
            }
        }

        errors.AddRange(ValidateMembers(values, bound));
        Throw(settingsType, errors);
        var instance = Create(settingsType, constructors[0], members, bound);
        errors.AddRange(ValidateObject(instance));
        Throw(settingsType, errors);
        return instance;
    }

    private static object Create(Type type, ConstructorInfo constructor, IReadOnlyList<SettingMember> members, Dictionary<SettingMember, object?> bound)
    {
        var arguments = constructor.GetParameters()
            .Select(p => members.First(m => m.Parameter == p))
            .Select(m => bound.TryGetValue(m, out var v) ? v : m.Parameter!.HasDefaultValue ? m.Parameter.DefaultValue : null)
            .ToArray();
        try
        {
            var instance = constructor.Invoke(arguments);
            foreach (var (member, value) in bound.Where(b => b.Key.Parameter is null))
            {
                member.Property!.SetValue(instance, value);
            }

            return instance;
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException argument)
        {
            var name = members.FirstOrDefault(m => m.Is(argument.ParamName ?? string.Empty))?.Name ?? argument.ParamName ?? "?";
            throw new PartnerSettingsException(type, [new SettingError(name, $"is not valid: {argument.Message}")]);
        }
    }

    /// <summary>Checks each bound value against its data annotations; rules across settings belong in <see cref="IValidatableObject"/>.</summary>
    private static IEnumerable<SettingError> ValidateMembers(IReadOnlyDictionary<string, string?> values, Dictionary<SettingMember, object?> bound)
    {
        foreach (var (member, value) in bound)
        {
            // DisplayName set explicitly: otherwise ValidationContext looks it up through a static
            // per-type cache, which would keep an unloaded plugin's types alive.
            var context = new ValidationContext(values) { MemberName = member.Name, DisplayName = member.Name };
            foreach (var attribute in member.ValidationAttributes.Where(a => a is not RequiredAttribute))
            {
                if (attribute.GetValidationResult(value, context) is { ErrorMessage: { } message })
                {
                    yield return new SettingError(member.Name, $"is not valid: {message}");
                }
            }
        }
    }

    private static IEnumerable<SettingError> ValidateObject(object instance) =>
        instance is IValidatableObject validatable
            ? validatable.Validate(new ValidationContext(instance) { DisplayName = instance.GetType().Name })
                .Select(r => new SettingError(string.Join(", ", r.MemberNames.DefaultIfEmpty("(settings)")), $"is not valid: {r.ErrorMessage}"))
            : [];

    private static void Throw(Type type, List<SettingError> errors)
    {
        if (errors.Count > 0)
        {
            throw new PartnerSettingsException(type, errors);
        }
    }

    private sealed record SettingMember(string Name, Type Type, bool IsRequired, ParameterInfo? Parameter, PropertyInfo? Property, IReadOnlyList<ValidationAttribute> ValidationAttributes)
    {
        public bool Is(string key) => string.Equals(Name, key, StringComparison.OrdinalIgnoreCase);

        public static List<SettingMember> Of(Type type, ConstructorInfo constructor)
        {
            var nullability = new NullabilityInfoContext();
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0).ToList();
            List<SettingMember> members = [];
            foreach (var parameter in constructor.GetParameters())
            {
                var property = properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
                if (property is not null)
                {
                    properties.Remove(property);
                }

                var attributes = parameter.GetCustomAttributes<ValidationAttribute>().Concat(property?.GetCustomAttributes<ValidationAttribute>() ?? []).ToList();
                var required = (!parameter.HasDefaultValue && nullability.Create(parameter).WriteState == NullabilityState.NotNull) || attributes.OfType<RequiredAttribute>().Any();
                members.Add(new SettingMember(property?.Name ?? parameter.Name!, parameter.ParameterType, required, parameter, null, attributes));
            }

            foreach (var property in properties)
            {
                var attributes = property.GetCustomAttributes<ValidationAttribute>().ToList();
                var required = property.IsDefined(typeof(RequiredMemberAttribute)) || attributes.OfType<RequiredAttribute>().Any();
                members.Add(new SettingMember(property.Name, property.PropertyType, required, null, property, attributes));
            }

            var unsupported = members.FirstOrDefault(m => !SettingValueParser.IsSupported(m.Type));
            return unsupported is null ? members
                : throw new PartnerSettingsException($"{type.Name}.{unsupported.Name} is a {unsupported.Type.Name}, which settings cannot hold; use one of the types PartnerSettings lists.");
        }
    }
}
