using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

internal static class TestSchemas
{
    public static Schema Build(string sdl) => SchemaBuilder.FromSdl(sdl).Build();

    /// <summary>The messages of the validation errors building <paramref name="sdl"/> produces; empty when it builds.</summary>
    public static IReadOnlyList<string> Errors(string sdl) => Errors(SchemaBuilder.FromSdl(sdl));

    public static IReadOnlyList<string> Errors(SchemaBuilder builder)
    {
        try
        {
            builder.Build();
            return [];
        }
        catch (SchemaValidationException exception)
        {
            return [.. exception.Errors.Select(error => error.Message)];
        }
    }

    public static ValueNode Literal(string text) => Parser.ParseValue(text);

    /// <summary>A variable value as System.Text.Json hands it over.</summary>
    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
