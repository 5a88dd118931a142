using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// Turns a builder's definitions into a schema: gathers definitions and extensions by name,
/// creates one instance per named type, fills in members (resolving type references by name),
/// binds behaviour, then validates. It keeps going after a problem so that one build reports
/// them all; a stand-in (<see cref="MissingType"/>) takes the place of an unknown type.
/// </summary>
internal sealed partial class SchemaAssembler(SchemaInputs inputs)
{
    private readonly List<SchemaError> _errors = [];
    private readonly List<TypeEntry> _entries = [];
    private readonly Dictionary<string, TypeEntry> _entriesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _referencedOnly = [];
    private readonly List<TypeExtensionNode> _extensions = [];
    private readonly List<SchemaDefinitionNode> _schemaDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly List<(DirectiveDefinitionNode Node, bool IsBuiltIn)> _directiveNodes = [];

    public Schema Assemble()
    {
        Collect(BuiltInDefinitions.Directives.Definitions, isBuiltIn: true);
        Collect(inputs.Definitions, isBuiltIn: false);
        Collect(BuiltInDefinitions.Introspection.Definitions, isBuiltIn: true);
        AttachExtensions();
        CreateTypes();
        CompleteTypes();
        var directives = BuildDirectives();
        LinkImplementations();
        BindBehaviour();
        var roots = ResolveRootTypes();

        var types = _entries.Where(entry => !entry.IsBuiltIn).Select(entry => entry.Type)
            .Concat(_referencedOnly)
            .Concat(_entries.Where(entry => entry.IsBuiltIn).Select(entry => entry.Type))
            .ToImmutableArray();
        new SchemaValidator(types, directives, SchemaAppliedDirectives(), _errors).Validate();

        if (_errors.Count > 0 || roots.Query is null)
        {
            throw new SchemaValidationException(_errors);
        }

        return new Schema(new SchemaParts(
            _schemaDefinitions.FirstOrDefault()?.Description?.Value,
            roots.Query,
            roots.Mutation,
            roots.Subscription,
            SchemaAppliedDirectives(),
            types,
            directives,
            MetaField("__typename", "The name of the object type of this value.", "String!"),
            MetaField("__schema", "The schema: its types, directives and root types.", "__Schema!"),
            MetaField("__type", "The type with the given name, if there is one.", "__Type", "name")));
    }

    private void Error(string message, string? coordinate = null) => _errors.Add(new SchemaError(message, coordinate));

    private ImmutableArray<DirectiveNode> SchemaAppliedDirectives() =>
        [.. _schemaDefinitions.SelectMany(node => node.Directives), .. _schemaExtensions.SelectMany(node => node.Directives)];

    private FieldDefinition MetaField(string name, string description, string type, string? argumentName = null)
    {
        var coordinate = name;
        ImmutableArray<InputValueDefinition> arguments = argumentName is null
            ? []
            : [new InputValueDefinition($"{name}({argumentName}:)", argumentName, null, ResolveType(Parser.ParseType("String!"), coordinate), null, null, [])];
        return new FieldDefinition(name, description, ResolveType(Parser.ParseType(type), coordinate), arguments, null, []);
    }

    /// <summary>A named type's definition, its extensions, and the instance made from them.</summary>
    private sealed class TypeEntry(TypeDefinitionNode definition, bool isBuiltIn)
    {
        public TypeDefinitionNode Definition { get; } = definition;

        public List<TypeExtensionNode> Extensions { get; } = [];

        public bool IsBuiltIn { get; } = isBuiltIn;

        public NamedType Type { get; set; } = null!;

        public string Name => Definition.Name.Value;

        public ImmutableArray<DirectiveNode> Directives =>
            Extensions.Count == 0 ? Definition.Directives : [.. Definition.Directives, .. Extensions.SelectMany(extension => extension.Directives)];
    }
}
