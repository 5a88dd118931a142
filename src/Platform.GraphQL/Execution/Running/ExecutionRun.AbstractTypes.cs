using System.Text.Json;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// ResolveAbstractType: the object type of a value of an interface or union type. Asked in turn:
/// the type's <see cref="TypeResolver"/>, a type name the value carries (a <c>__typename</c> entry
/// of a dictionary or JSON object), then the value's CLR type (see <see cref="ExecutorOptions.ObjectTypesByClrType"/>).
/// </summary>
internal sealed partial class ExecutionRun
{
    private const string TypeNameKey = "__typename";

    private ObjectType? ResolveObjectType(IAbstractType abstractType, FieldPlan field, object value, ResultNode node, out string? error)
    {
        string? name = null;
        if (abstractType.ResolveType is { } resolver)
        {
            name = resolver(value, new ResolverContext(this, field, SourceOf(node), ArgumentValues.Empty));
        }

        name ??= CarriedTypeName(value);
        if (name is null)
        {
            var mapped = executor.MapClrType(abstractType, value.GetType());
            error = mapped is null
                ? $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Definition.Name}\". "
                  + $"Bind a type resolver to \"{abstractType.Name}\", give the value a \"{TypeNameKey}\", or map its CLR type to an object type."
                : null;
            return mapped;
        }

        error = Schema.FindType(name) switch
        {
            null => $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.",
            ObjectType objectType when !abstractType.IsPossibleType(objectType) =>
                $"Runtime Object type \"{name}\" is not a possible type for \"{abstractType.Name}\".",
            ObjectType => null,
            _ => $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".",
        };
        return error is null ? (ObjectType)Schema.FindType(name)! : null;
    }

    /// <summary>The parent value of the field whose value is being completed (lists in between are skipped).</summary>
    private static object? SourceOf(ResultNode node)
    {
        var current = node;
        while (current is ResultList list)
        {
            current = list.Parent!;
        }

        return ((ResultObject)current).Source;
    }

    private static string? CarriedTypeName(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } element when element.TryGetProperty(TypeNameKey, out var name)
            && name.ValueKind == JsonValueKind.String => name.GetString(),
        IReadOnlyDictionary<string, object?> dictionary when dictionary.TryGetValue(TypeNameKey, out var name) => name as string,
        IDictionary<string, object?> dictionary when dictionary.TryGetValue(TypeNameKey, out var name) => name as string,
        _ => null,
    };
}
