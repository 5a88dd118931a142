using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.CodeFirst;

/// <summary>GraphQL names, descriptions and deprecations of CLR members, from their names and attributes.</summary>
internal static class ClrNaming
{
    /// <summary>
    /// The attribute's name, else the CLR name; a constructed generic type is prefixed with its type
    /// arguments' names, so <c>Connection&lt;Patient&gt;</c> is <c>PatientConnection</c>.
    /// A C# interface loses its <c>I</c> prefix: <c>ICareEvent</c> is <c>CareEvent</c>.
    /// </summary>
    public static string TypeName(Type type) => type.GetCustomAttribute<GraphQLNameAttribute>()?.Name
        ?? (type.IsConstructedGenericType ? string.Concat(type.GetGenericArguments().Select(TypeName)) : string.Empty) + StripArity(StripInterfacePrefix(type));

    private static string StripInterfacePrefix(Type type) =>
        type.IsInterface && type.Name.Length > 2 && type.Name[0] == 'I' && char.IsUpper(type.Name[1]) && char.IsLower(type.Name[2]) ? type.Name[1..] : type.Name;

    /// <summary>Input types get an <c>Input</c> suffix (unless they already end so), so a record may be both an output and an input type.</summary>
    public static string InputTypeName(Type type)
    {
        var name = TypeName(type);
        return name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }

    /// <summary>camelCase; a method loses a <c>Get</c> prefix and an <c>Async</c> suffix (<c>GetPatientAsync</c> is <c>patient</c>).</summary>
    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }

            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }
        }

        return CamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name!);

    public static string EnumValueName(FieldInfo member) => member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? UpperSnakeCase(member.Name);

    /// <summary><c>Name</c> is <c>name</c>, <c>ID</c> is <c>id</c>, <c>URLValue</c> is <c>urlValue</c>.</summary>
    public static string CamelCase(string name)
    {
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        // Keep the last capital of a run when a lowercase letter follows: it starts the next word.
        var lower = upper > 1 && upper < name.Length && char.IsLower(name[upper]) ? upper - 1 : upper;
        return lower == 0 ? name : name[..lower].ToLowerInvariant() + name[lower..];
    }

    /// <summary><c>InProgress</c> is <c>IN_PROGRESS</c>, <c>HTTPError</c> is <c>HTTP_ERROR</c>.</summary>
    public static string UpperSnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var wordStart = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (wordStart && name[i - 1] != '_')
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>The <see cref="GraphQLDescriptionAttribute"/>, else the XML doc summary, else none.</summary>
    public static StringValueNode? Description(ICustomAttributeProvider member)
    {
        var text = member.GetCustomAttributes(typeof(GraphQLDescriptionAttribute), inherit: false) is [GraphQLDescriptionAttribute described, ..]
            ? described.Description
            : XmlDocumentation.Summary(member);
        return text is null ? null : new StringValueNode(text, isBlock: text.Contains('\n', StringComparison.Ordinal));
    }

    /// <summary><c>@deprecated(reason: ...)</c> from <see cref="GraphQLDeprecatedAttribute"/> or <see cref="ObsoleteAttribute"/>.</summary>
    public static ImmutableArray<DirectiveNode> Deprecation(ICustomAttributeProvider member)
    {
        string? reason;
        if (member.GetCustomAttributes(typeof(GraphQLDeprecatedAttribute), inherit: true) is [GraphQLDeprecatedAttribute deprecated, ..])
        {
            reason = deprecated.Reason;
        }
        else if (member.GetCustomAttributes(typeof(ObsoleteAttribute), inherit: true) is [ObsoleteAttribute obsolete, ..])
        {
            reason = obsolete.Message;
        }
        else
        {
            return [];
        }

        ImmutableArray<ArgumentNode> arguments = reason is null ? [] : [new ArgumentNode(new NameNode("reason"), new StringValueNode(reason))];
        return [new DirectiveNode(new NameNode("deprecated"), arguments)];
    }

    public static bool IsIgnored(MemberInfo member) => member.IsDefined(typeof(GraphQLIgnoreAttribute), inherit: true);

    /// <summary>How messages name a member: <c>Clinic.Patient.Name</c>.</summary>
    public static string Describe(MemberInfo member) => $"{member.DeclaringType?.FullName?.Replace('+', '.')}.{member.Name}";

    private static string StripArity(string name) => name.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0 ? name[..tick] : name;
}
