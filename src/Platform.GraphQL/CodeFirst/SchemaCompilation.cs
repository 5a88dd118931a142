using System.Collections.Immutable;
using System.Reflection;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.CodeFirst;

/// <summary>
/// One translation of registered classes into syntax nodes and resolver bindings. Reflection and
/// expression compilation happen here, once; problems are collected and thrown together.
/// </summary>
internal sealed partial class SchemaCompilation(IReadOnlyList<Contribution> contributions, IReadOnlyDictionary<Type, AbstractRegistration> abstractTypes)
{
    private readonly NullabilityInfoContext _nullability = new();
    private readonly List<TypeDefinitionNode> _definitions = [];
    private readonly List<TypeSystemExtensionNode> _extensions = [];
    private readonly List<(string Type, string Field, FieldResolver Resolver)> _resolvers = [];
    private readonly List<(string Type, string Field, SubscriptionResolver Subscriber)> _subscribers = [];
    private readonly List<(string Enum, string Value, object Runtime)> _enumValues = [];
    private readonly List<SchemaError> _errors = [];

    public void AddTo(SchemaBuilder builder)
    {
        var roots = new Dictionary<string, List<FieldDefinitionNode>>(StringComparer.Ordinal);
        foreach (var contribution in contributions)
        {
            if (contribution.RootType is { } root)
            {
                roots.TryAdd(root, []);
                roots[root].AddRange(Fields(contribution.Source, root, Receiver.ModuleInstance));
            }
            else if (contribution.ParentType is { } parent)
            {
                var parentName = ClrNaming.TypeName(parent);
                var fields = Fields(contribution.Source, parentName, Receiver.ModuleInstance);
                _extensions.Add(new ObjectTypeExtensionNode(new NameNode(parentName), [.. fields]));
            }
            else
            {
                NamedType(contribution.Source, ClrNaming.Describe(contribution.Source), input: false);
            }
        }

        if (_errors.Count > 0)
        {
            throw new SchemaValidationException(_errors);
        }

        _definitions.InsertRange(0, roots
            .OrderBy(root => root.Key == "Query" ? 0 : 1)
            .Select(root => new ObjectTypeDefinitionNode(new NameNode(root.Key), [.. root.Value])));

        builder.AddTypes(_definitions).Extend(_extensions);
        if (_usesLong)
        {
            builder.AddScalar(new LongType());
        }

        foreach (var (type, field, resolver) in _resolvers)
        {
            builder.AddResolver(type, field, resolver);
        }

        foreach (var (type, field, subscriber) in _subscribers)
        {
            builder.AddSubscriber(type, field, subscriber);
        }

        AddTypeResolvers(builder);
        foreach (var (enumName, value, runtime) in _enumValues)
        {
            builder.BindEnumValue(enumName, value, runtime);
        }
    }

    /// <summary>Where a field's resolver gets the object whose member it calls.</summary>
    internal enum Receiver
    {
        /// <summary>The parent value: members of an object type's own class.</summary>
        Parent,

        /// <summary>An instance of a module class (root fields, type extensions): from the request's services, else one shared instance.</summary>
        ModuleInstance,
    }

    private void Error(string message, string? coordinate) => _errors.Add(new SchemaError(message, coordinate));

    private static IEnumerable<MemberInfo> Members(Type type, Receiver receiver)
    {
        var flags = receiver == Receiver.Parent
            ? BindingFlags.Public | BindingFlags.Instance
            : BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var properties = type.GetProperties(flags)
            .Where(property => property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            .OrderBy(property => property.MetadataToken);
        var methods = type.GetMethods(flags)
            .Where(method => !method.IsSpecialName && !method.IsGenericMethodDefinition && method.DeclaringType != typeof(object)
                && !method.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) && !_objectMethods.Contains(method.Name))
            .OrderBy(method => method.MetadataToken);
        return properties.Cast<MemberInfo>().Concat(methods).Where(member => !ClrNaming.IsIgnored(member));
    }

    // Records and structs declare these themselves; they are never fields.
    private static readonly ImmutableHashSet<string> _objectMethods = ["Equals", "GetHashCode", "ToString", "Deconstruct", "GetType", "PrintMembers"];
}
