using System.Collections;
using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>
/// The resolver of fields bound to none: the parent's property (or public field) named like the
/// field, case-insensitively; or its entry, for a dictionary or a JSON object. Missing means null.
/// </summary>
internal static class DefaultFieldResolver
{
    public static object? Resolve(FieldPlan field, object? source)
    {
        // The common case first: a CLR object of the type this field saw last time.
        var accessor = field.LastAccessor;
        if (accessor is not null && source is not null && accessor.Type == source.GetType())
        {
            return accessor.Get(source);
        }

        var name = field.Definition.Name;
        switch (source)
        {
            case null:
                return null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property)
                    ? JsonValues.Unwrap(property)
                    : null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case IDictionary legacy:
                return legacy.Contains(name) ? legacy[name] : null;
        }

        accessor = PropertyAccessor.For(source.GetType(), name);
        field.LastAccessor = accessor;
        return accessor.Get(source);
    }
}

/// <summary>JSON values as resolvers' results: primitives become CLR values, objects and arrays stay elements.</summary>
internal static class JsonValues
{
    public static object? Unwrap(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when element.TryGetInt32(out var small) => small,
        JsonValueKind.Number when element.TryGetInt64(out var large) => large,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element,
    };
}
