using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from schema documents (SDL) and syntax nodes built in code, plus
/// the behaviour bound to them: scalar implementations, field resolvers, type resolvers and enum
/// runtime values. Definitions and extensions may come in any order and from any number of
/// documents, so each module can add its own types and extend other modules' types.
/// <see cref="Build"/> checks everything at once and reports every problem in one
/// <see cref="SchemaValidationException"/>.
/// </summary>
/// <example>
/// <code>
/// var schema = SchemaBuilder.FromSdl(patientsSdl, "patients.graphql")
///     .AddSdl("extend type Patient { journeys: [Journey!]! }", "journeys.graphql")
///     .AddResolver("Patient", "journeys", LoadJourneys)
///     .Build();
/// </code>
/// </example>
public sealed class SchemaBuilder
{
    /// <summary>Parser limits for schema documents: trusted input, so far larger than a request's.</summary>
    public static ParserOptions SdlParserOptions { get; } = new() { MaxTokens = 2_000_000, MaxDocumentLength = 20_000_000 };

    private readonly List<DefinitionNode> _definitions = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SubscriptionResolver> _subscribers = [];
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Enum, string Value), object> _enumValues = [];

    /// <summary>A builder that starts with the definitions and extensions of one schema document.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a GraphQL document.</exception>
    public static SchemaBuilder FromSdl(string sdl, string sourceName = "schema.graphql") => new SchemaBuilder().AddSdl(sdl, sourceName);

    /// <summary>Adds the definitions and extensions of a schema document.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a GraphQL document.</exception>
    public SchemaBuilder AddSdl(string sdl, string sourceName = "schema.graphql") =>
        AddDocument(Parser.Parse(new Source(sdl, sourceName), SdlParserOptions));

    /// <summary>Adds every definition of a parsed (or built) document; operations and fragments are reported by <see cref="Build"/>.</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _definitions.AddRange(document.Definitions);
        return this;
    }

    /// <summary>Adds type definitions built in code (the code-first layer's way in).</summary>
    public SchemaBuilder AddTypes(params IEnumerable<TypeDefinitionNode> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _definitions.AddRange(definitions);
        return this;
    }

    /// <summary>Adds extensions of types, or of the schema, defined anywhere in this builder.</summary>
    public SchemaBuilder Extend(params IEnumerable<TypeSystemExtensionNode> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        _definitions.AddRange(extensions);
        return this;
    }

    /// <summary>Adds directive definitions built in code.</summary>
    public SchemaBuilder AddDirectives(params IEnumerable<DirectiveDefinitionNode> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _definitions.AddRange(definitions);
        return this;
    }

    /// <summary>
    /// Adds a scalar with its implementation. A document may also declare it (<c>scalar Money</c>)
    /// to give it a description or directives and its place among the types; the coercions stay
    /// this instance's. Undeclared, it comes after the declared types.
    /// </summary>
    /// <exception cref="InvalidOperationException">A scalar of that name was already added, or it is a built-in one.</exception>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (BuiltInScalars.IsSpecifiedName(scalar.Name) || BuiltInScalars.FindPlatform(scalar.Name) is not null)
        {
            throw new InvalidOperationException($"Scalar {scalar.Name} is built in; it cannot be replaced.");
        }

        if (!_scalars.TryAdd(scalar.Name, scalar))
        {
            throw new InvalidOperationException($"A scalar named {scalar.Name} was already added to this builder.");
        }

        return this;
    }

    /// <summary>Binds the resolver of field <paramref name="fieldName"/> of object type <paramref name="typeName"/>.</summary>
    /// <exception cref="InvalidOperationException">That field already has a resolver.</exception>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        ArgumentNullException.ThrowIfNull(resolver);
        if (!_resolvers.TryAdd((typeName, fieldName), resolver))
        {
            throw new InvalidOperationException($"{typeName}.{fieldName} already has a resolver.");
        }

        return this;
    }

    /// <summary>
    /// Binds the source event stream of subscription root field <paramref name="fieldName"/> of
    /// <paramref name="typeName"/> (the schema's subscription type). Each event becomes the root value
    /// of one execution; bind a resolver too when the field's value is not the event's property of
    /// the field's name (code-first fields return the event itself).
    /// </summary>
    /// <exception cref="InvalidOperationException">That field already has a subscriber.</exception>
    public SchemaBuilder AddSubscriber(string typeName, string fieldName, SubscriptionResolver subscriber)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        ArgumentNullException.ThrowIfNull(subscriber);
        if (!_subscribers.TryAdd((typeName, fieldName), subscriber))
        {
            throw new InvalidOperationException($"{typeName}.{fieldName} already has a subscriber.");
        }

        return this;
    }

    /// <summary>Binds the resolver that tells the object type of values of interface or union <paramref name="abstractTypeName"/>.</summary>
    /// <exception cref="InvalidOperationException">That type already has a type resolver.</exception>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(abstractTypeName);
        ArgumentNullException.ThrowIfNull(resolver);
        if (!_typeResolvers.TryAdd(abstractTypeName, resolver))
        {
            throw new InvalidOperationException($"{abstractTypeName} already has a type resolver.");
        }

        return this;
    }

    /// <summary>
    /// Makes <paramref name="value"/> the runtime value of enum value <paramref name="enumName"/>.<paramref name="valueName"/>
    /// (e.g. a CLR enum member) instead of its name.
    /// </summary>
    /// <exception cref="InvalidOperationException">That enum value is already bound.</exception>
    public SchemaBuilder BindEnumValue(string enumName, string valueName, object value)
    {
        ArgumentException.ThrowIfNullOrEmpty(enumName);
        ArgumentException.ThrowIfNullOrEmpty(valueName);
        ArgumentNullException.ThrowIfNull(value);
        if (!_enumValues.TryAdd((enumName, valueName), value))
        {
            throw new InvalidOperationException($"{enumName}.{valueName} is already bound to a runtime value.");
        }

        return this;
    }

    /// <summary>
    /// Builds and validates the schema. The builder is not changed and may be built again.
    /// </summary>
    /// <exception cref="SchemaValidationException">The definitions do not make a valid schema; every problem is listed.</exception>
    public Schema Build() =>
        new SchemaAssembler(new SchemaInputs([.. _definitions], new(_scalars), new(_resolvers), new(_typeResolvers), new(_enumValues)) { Subscribers = new(_subscribers) }).Assemble();
}

/// <summary>A snapshot of what was added to a builder.</summary>
internal sealed record SchemaInputs(
    IReadOnlyList<DefinitionNode> Definitions,
    Dictionary<string, ScalarType> Scalars,
    Dictionary<(string Type, string Field), FieldResolver> Resolvers,
    Dictionary<string, TypeResolver> TypeResolvers,
    Dictionary<(string Enum, string Value), object> EnumValues)
{
    /// <summary>The subscription root fields' event sources.</summary>
    public Dictionary<(string Type, string Field), SubscriptionResolver> Subscribers { get; init; } = [];
}
