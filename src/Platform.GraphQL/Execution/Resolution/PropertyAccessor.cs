using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Reads one member of one CLR type through a delegate compiled from an expression tree, once per
/// (type, field name) for the life of the process: reflection happens only when it is built.
/// </summary>
internal sealed class PropertyAccessor(Type type, Func<object, object?> get)
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyAccessor> _cache = new();

    public Type Type { get; } = type;

    public Func<object, object?> Get { get; } = get;

    public static PropertyAccessor For(Type type, string name) => _cache.GetOrAdd((type, name), static key => Compile(key.Type, key.Name));

    private static PropertyAccessor Compile(Type type, string name)
    {
        if (FindMember(type, name) is not { } member)
        {
            return new PropertyAccessor(type, static _ => null);
        }

        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.MakeMemberAccess(Expression.Convert(source, type), member);
        var body = Expression.Convert(read, typeof(object));
        return new PropertyAccessor(type, Expression.Lambda<Func<object, object?>>(body, source).Compile());
    }

    // The exact name wins over a case-insensitive match (a type may have both "Name" and "name").
    private static MemberInfo? FindMember(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? caseInsensitive = null;
        foreach (var property in type.GetProperties(flags))
        {
            if (property.GetMethod is null || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (property.Name == name)
            {
                return property;
            }

            if (caseInsensitive is null && string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                caseInsensitive = property;
            }
        }

        foreach (var field in type.GetFields(flags))
        {
            if (field.Name == name)
            {
                return field;
            }

            if (caseInsensitive is null && string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                caseInsensitive = field;
            }
        }

        return caseInsensitive;
    }
}
