using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// The definitions every schema gets, written as SDL and built by the same code as a user's
/// schema: the built-in directives and the introspection types. Parsed once per process.
/// </summary>
internal static class BuiltInDefinitions
{
    private const string DirectivesSdl = """
        "Includes the field or fragment only when `if` is true."
        directive @include("Included when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        "Leaves out the field or fragment when `if` is true."
        directive @skip("Skipped when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        "Marks a part of the schema as no longer supported."
        directive @deprecated(
          "Why it was deprecated and what to use instead, in Markdown."
          reason: String! = "No longer supported"
        ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

        "Gives the URL of the document that specifies a scalar's behaviour."
        directive @specifiedBy("The URL of the scalar's specification." url: String!) on SCALAR

        "Makes an input object a OneOf input object: exactly one field must be given, and not as null."
        directive @oneOf on INPUT_OBJECT
        """;

    private static readonly Lazy<DocumentNode> _directives = new(() => Parse(DirectivesSdl, "built-in directives"));
    private static readonly Lazy<DocumentNode> _introspection = new(() => Parse(IntrospectionSdl.Text, "introspection types"));

    public static DocumentNode Directives => _directives.Value;

    public static DocumentNode Introspection => _introspection.Value;

    private static DocumentNode Parse(string sdl, string name) =>
        Parser.Parse(new Source(sdl, name), new ParserOptions { NoLocation = true });
}
