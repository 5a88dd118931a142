using System.Collections.Immutable;
using System.Reflection;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.CodeFirst;

/// <summary>CLR types to GraphQL type references, defining the object, enum and input types they name.</summary>
internal sealed partial class SchemaCompilation
{
    private static readonly Dictionary<Type, string> _scalars = new()
    {
        [typeof(string)] = "String",
        [typeof(int)] = "Int",
        [typeof(bool)] = "Boolean",
        [typeof(double)] = "Float",
        [typeof(float)] = "Float",
        [typeof(decimal)] = "Decimal",
        [typeof(Guid)] = "UUID",
        [typeof(DateTimeOffset)] = "DateTime",
        [typeof(DateOnly)] = "Date",
        [typeof(Uri)] = "URL",
        [typeof(long)] = "Long",
        [typeof(Relay.NodeId)] = "ID",
    };

    private readonly Dictionary<Type, string> _outputNames = [];
    private readonly Dictionary<Type, string> _inputNames = [];
    private readonly Dictionary<string, Type> _namedBy = new(StringComparer.Ordinal);
    private bool _usesLong;

    /// <summary>The output type of a member's value: Task and ValueTask unwrapped; null (after reporting why) when it has none.</summary>
    private TypeNode? OutputType(Type type, NullabilityInfo info, string site)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return Reference(type.GetGenericArguments()[0], info.GenericTypeArguments[0], site, input: false);
        }

        return Reference(type, info, site, input: false);
    }

    /// <summary>C# nullability becomes GraphQL nullability: non-nullable reference and value types are <c>!</c>, at every list level.</summary>
    private TypeNode? Reference(Type type, NullabilityInfo? info, string site, bool input)
    {
        bool nullable;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            (type, info, nullable) = (underlying, null, true);
        }
        else
        {
            nullable = !type.IsValueType && info?.ReadState != NullabilityState.NotNull;
        }

        TypeNode? inner;
        if (ListElement(type, info) is { } element)
        {
            if (input && !type.IsArray && !type.IsAssignableFrom(typeof(List<>).MakeGenericType(element.Type)))
            {
                Error($"{site}: input list type {Display(type)} is not supported; use an array, List<T>, IReadOnlyList<T> or IEnumerable<T>.", null);
                return null;
            }

            inner = Reference(element.Type, element.Info, site, input) is { } item ? new ListTypeNode(item) : null;
        }
        else
        {
            inner = NamedType(type, site, input) is { } name ? new NamedTypeNode(new NameNode(name)) : null;
        }

        return inner is null || nullable ? inner : new NonNullTypeNode(inner);
    }

    private static (Type Type, NullabilityInfo? Info)? ListElement(Type type, NullabilityInfo? info)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return (type.GetElementType()!, info?.ElementType);
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is null)
        {
            return null;
        }

        var element = enumerable.GetGenericArguments()[0];
        // List<T>, IReadOnlyList<T> and the like carry the element's nullability as their only type argument.
        var elementInfo = type.IsGenericType && type.GetGenericArguments() is [var only] && only == element ? info?.GenericTypeArguments[0] : null;
        return (element, elementInfo);
    }

    /// <summary>The name of the named type of <paramref name="type"/>, defining it on first use.</summary>
    private string? NamedType(Type type, string site, bool input)
    {
        if (type == typeof(Types.FileUpload))
        {
            if (input)
            {
                return "Upload";
            }

            Error($"{site}: {Display(type)} is the input-only Upload scalar (a file of a multipart request); a field cannot return it.", null);
            return null;
        }

        if (_scalars.TryGetValue(type, out var scalar))
        {
            _usesLong |= type == typeof(long);
            return scalar;
        }

        if (type.IsEnum)
        {
            return DefineEnum(type);
        }

        if (!input && IsInterfaceType(type))
        {
            return DefineInterface(type);
        }

        if (!input && IsUnionType(type))
        {
            return DefineUnion(type);
        }

        if (IsMappableClass(type))
        {
            return input ? DefineInput(type, site) : DefineObject(type);
        }

        Error(
            $"{site}: CLR type {Display(type)} has no GraphQL {(input ? "input" : "output")} type. Use a scalar ({string.Join(", ", _scalars.Keys.Select(Display))}), "
            + $"an enum, a list of these, or a {(input ? "class or record with a public constructor" : "class, record or struct, or an interface marked [InterfaceType] or [UnionType]")}; or mark the member [GraphQLIgnore].",
            null);
        return null;
    }

    private static bool IsMappableClass(Type type) =>
        (type.IsClass || (type.IsValueType && !type.IsPrimitive)) && !type.IsAbstract && !type.IsGenericTypeDefinition
        && !typeof(Delegate).IsAssignableFrom(type) && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;

    private bool Claim(string name, Type type)
    {
        if (_namedBy.TryAdd(name, type) || _namedBy[name] == type)
        {
            return true;
        }

        Error($"GraphQL type name {name} is claimed by both {Display(_namedBy[name])} and {Display(type)}; rename one with [GraphQLName].", name);
        return false;
    }

    private string DefineObject(Type type)
    {
        if (_outputNames.TryGetValue(type, out var name))
        {
            return name;
        }

        name = ClrNaming.TypeName(type);
        _outputNames[type] = _objectNames[type] = name;
        if (Claim(name, type))
        {
            // Registered before its fields are read, so that self-references and cycles end here.
            var index = _definitions.Count;
            var fields = Fields(type, name, Receiver.Parent);
            _definitions.Insert(index, new ObjectTypeDefinitionNode(new NameNode(name), [.. fields], Implements(type), description: ClrNaming.Description(type)));
        }

        return name;
    }

    private string DefineEnum(Type type)
    {
        if (_outputNames.TryGetValue(type, out var name))
        {
            return name;
        }

        name = ClrNaming.TypeName(type);
        _outputNames[type] = _inputNames[type] = name;
        if (!Claim(name, type))
        {
            return name;
        }

        var values = ImmutableArray.CreateBuilder<EnumValueDefinitionNode>();
        foreach (var member in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(member => member.MetadataToken))
        {
            if (ClrNaming.IsIgnored(member))
            {
                continue;
            }

            var valueName = ClrNaming.EnumValueName(member);
            values.Add(new EnumValueDefinitionNode(new NameNode(valueName), ClrNaming.Deprecation(member), ClrNaming.Description(member)));
            _enumValues.Add((name, valueName, member.GetValue(null)!));
        }

        _definitions.Add(new EnumTypeDefinitionNode(new NameNode(name), values.ToImmutable(), description: ClrNaming.Description(type)));
        return name;
    }

    private static string Display(Type type) => type.IsGenericType
        ? $"{type.FullName![..type.FullName!.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Display))}>"
        : (type.FullName ?? type.Name).Replace('+', '.');
}
