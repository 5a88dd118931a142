using System.Text.Json.Nodes;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>
/// Makes two full introspection results comparable where the specification leaves room: the order
/// of types, the descriptions of what the engine itself provides (built-in scalars, introspection
/// types, built-in directives), and graphql-js 16.15's deprecation of directives, which the
/// September 2025 specification does not have (<c>__Directive.isDeprecated</c> and
/// <c>deprecationReason</c>, <c>__Schema.directives(includeDeprecated:)</c>, the
/// <c>DIRECTIVE_DEFINITION</c> location).
/// </summary>
internal static class IntrospectionShape
{
    private static readonly HashSet<string> _builtInScalars = ["String", "Int", "Float", "Boolean", "ID"];
    private static readonly HashSet<string> _builtInDirectives = ["skip", "include", "deprecated", "specifiedBy", "oneOf"];

    public static JsonNode? Normalize(JsonNode? data)
    {
        if (data?["__schema"] is not JsonObject schema)
        {
            return data;
        }

        var types = schema["types"]!.AsArray().Select(type => type!.DeepClone().AsObject()).OrderBy(type => type["name"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        foreach (var type in types)
        {
            var typeName = type["name"]!.GetValue<string>();
            if (typeName.StartsWith("__", StringComparison.Ordinal) || _builtInScalars.Contains(typeName))
            {
                RemoveDescriptions(type);
            }

            RemoveDirectiveDeprecation(typeName, type);
        }

        schema["types"] = new JsonArray([.. types]);
        var directives = schema["directives"]!.AsArray().Select(directive => directive!.DeepClone().AsObject()).ToList();
        schema["directives"] = new JsonArray([.. directives.Where(d => !_builtInDirectives.Contains(d["name"]!.GetValue<string>())).OrderBy(d => d["name"]!.GetValue<string>(), StringComparer.Ordinal)]);
        schema["builtInDirectives"] = new JsonArray([.. directives.Select(d => d["name"]!.GetValue<string>()).Where(_builtInDirectives.Contains).Order(StringComparer.Ordinal).Select(n => (JsonNode)n)]);
        return data;
    }

    private static void RemoveDirectiveDeprecation(string typeName, JsonObject type)
    {
        var (member, names) = typeName switch
        {
            "__Directive" => ("fields", new[] { "isDeprecated", "deprecationReason" }),
            "__DirectiveLocation" => ("enumValues", ["DIRECTIVE_DEFINITION"]),
            _ => (null, []),
        };
        if (member is not null && type[member] is JsonArray members)
        {
            foreach (var item in members.Where(item => names.Contains(item!["name"]!.GetValue<string>())).ToList())
            {
                members.Remove(item);
            }
        }

        if (typeName == "__Schema" && type["fields"] is JsonArray fields)
        {
            foreach (var field in fields.Where(field => field!["name"]!.GetValue<string>() == "directives"))
            {
                field!["args"] = new JsonArray();
            }
        }
    }

    private static void RemoveDescriptions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("description");
                foreach (var (_, value) in obj)
                {
                    RemoveDescriptions(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RemoveDescriptions(item);
                }

                break;
        }
    }
}
