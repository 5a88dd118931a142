using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.CodeFirst;

/// <summary>
/// Interfaces and unions from C# interfaces. Their member classes are found in the interface's
/// assembly (or named at registration), and values are resolved to object types by CLR type, so a
/// caller needs no type resolver and no executor option.
/// </summary>
internal sealed partial class SchemaCompilation
{
    private readonly Dictionary<Type, string> _objectNames = [];
    private readonly List<string> _abstractNames = [];

    private bool IsInterfaceType(Type type) => type.IsInterface
        && (type.IsDefined(typeof(InterfaceTypeAttribute), inherit: false) || (abstractTypes.TryGetValue(type, out var registered) && !registered.IsUnion));

    private bool IsUnionType(Type type) => type.IsInterface
        && (type.IsDefined(typeof(UnionTypeAttribute), inherit: false) || (abstractTypes.TryGetValue(type, out var registered) && registered.IsUnion));

    /// <summary>The GraphQL interfaces <paramref name="type"/> implements, defining them on first use.</summary>
    private ImmutableArray<NamedTypeNode> Implements(Type type) =>
        [.. type.GetInterfaces().Where(IsInterfaceType).OrderBy(Display, StringComparer.Ordinal).Select(face => new NamedTypeNode(new NameNode(DefineInterface(face))))];

    private string DefineInterface(Type type)
    {
        if (_outputNames.TryGetValue(type, out var name))
        {
            return name;
        }

        name = ClrNaming.TypeName(type);
        _outputNames[type] = name;
        if (Claim(name, type))
        {
            var index = _definitions.Count;
            _abstractNames.Add(name);
            var fields = Fields(type, name, Receiver.Parent);
            _definitions.Insert(index, new InterfaceTypeDefinitionNode(new NameNode(name), [.. fields], Implements(type), description: ClrNaming.Description(type)));
            foreach (var member in MemberClasses(type, name, []))
            {
                DefineObject(member);
            }
        }

        return name;
    }

    private string DefineUnion(Type type)
    {
        if (_outputNames.TryGetValue(type, out var name))
        {
            return name;
        }

        name = ClrNaming.TypeName(type);
        _outputNames[type] = name;
        if (Claim(name, type))
        {
            var index = _definitions.Count;
            _abstractNames.Add(name);
            var members = MemberClasses(type, name, abstractTypes.TryGetValue(type, out var registered) ? registered.Members : []);
            ImmutableArray<NamedTypeNode> types = [.. members.Select(member => new NamedTypeNode(new NameNode(DefineObject(member))))];
            if (types.IsEmpty)
            {
                Error($"Union {name} ({Display(type)}) has no members: no class of {type.Assembly.GetName().Name} implements it. Implement it in a class, or name the members with AddUnion<T>(typeof(...)).", name);
            }

            _definitions.Insert(index, new UnionTypeDefinitionNode(new NameNode(name), types, description: ClrNaming.Description(type)));
        }

        return name;
    }

    /// <summary>The named classes, else every mappable class of the interface's own assembly that implements it.</summary>
    private List<Type> MemberClasses(Type type, string name, IReadOnlyList<Type> named)
    {
        if (named.Count == 0)
        {
            return [.. LoadableTypes(type.Assembly)
                .Where(candidate => !candidate.IsInterface && type.IsAssignableFrom(candidate) && IsMappableClass(candidate))
                .OrderBy(candidate => candidate.MetadataToken)];
        }

        var members = new List<Type>();
        foreach (var member in named)
        {
            if (type.IsAssignableFrom(member) && IsMappableClass(member))
            {
                members.Add(member);
            }
            else
            {
                Error($"Union {name}: member {Display(member)} must be a non-abstract class or record implementing {Display(type)}.", name);
            }
        }

        return members;
    }

    // A type whose dependency is missing cannot be a member anyway; the rest still are.
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }

    /// <summary>One type resolver per interface and union: the object type of the value's CLR type, or of its nearest mapped base class.</summary>
    private void AddTypeResolvers(SchemaBuilder builder)
    {
        var objects = _objectNames.ToFrozenDictionary();
        foreach (var name in _abstractNames)
        {
            builder.AddTypeResolver(name, (value, _) =>
            {
                for (var type = value.GetType(); type is not null; type = type.BaseType)
                {
                    if (objects.TryGetValue(type, out var objectName))
                    {
                        return objectName;
                    }
                }

                return null;
            });
        }
    }
}
