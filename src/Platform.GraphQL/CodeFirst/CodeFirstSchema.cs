using System.Reflection;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.CodeFirst;

/// <summary>
/// Builds schema definitions and resolvers from C# classes. Each module registers what it owns:
/// root fields (<see cref="AddQuery{T}"/>, <see cref="AddMutation{T}"/>, <see cref="AddSubscription{T}"/>) and fields it adds to
/// other modules' types (<see cref="ExtendType{TParent, TExtension}"/>). Object, enum and input
/// types are found from the fields' CLR types. <see cref="AddTo"/> feeds everything into a
/// <see cref="SchemaBuilder"/>, so code-first and SDL modules share one build and one validation.
/// Every resolver is compiled once, when the schema is built, into a <see cref="FieldResolver"/>.
/// </summary>
/// <example>
/// <code>
/// var schema = new CodeFirstSchema()
///     .AddQuery&lt;PatientQueries&gt;()                 // Patients module
///     .ExtendType&lt;Patient, PatientJourneys&gt;()       // Journeys module adds Patient.journeys
///     .Build();
/// </code>
/// </example>
public sealed class CodeFirstSchema
{
    private readonly List<Contribution> _contributions = [];
    private readonly Dictionary<Type, AbstractRegistration> _abstractTypes = [];

    /// <summary>Adds the public methods and properties of <typeparamref name="T"/> as fields of the <c>Query</c> root type.</summary>
    public CodeFirstSchema AddQuery<T>() => Add(new Contribution(typeof(T), RootType: "Query", ParentType: null));

    /// <summary>Adds the public methods and properties of <typeparamref name="T"/> as fields of the <c>Mutation</c> root type.</summary>
    public CodeFirstSchema AddMutation<T>() => Add(new Contribution(typeof(T), RootType: "Mutation", ParentType: null));

    /// <summary>
    /// Adds the public methods of <typeparamref name="T"/> as fields of the <c>Subscription</c> root type;
    /// each returns its event stream (see <see cref="SubscriptionTypeAttribute"/>).
    /// </summary>
    public CodeFirstSchema AddSubscription<T>() => Add(new Contribution(typeof(T), RootType: "Subscription", ParentType: null));

    /// <summary>
    /// Adds the public methods of <typeparamref name="TExtension"/> as fields of the object type of
    /// <typeparamref name="TParent"/>, which is defined elsewhere (by another code-first
    /// registration or in SDL) under its GraphQL name. A <see cref="ParentAttribute"/> parameter
    /// receives the parent object.
    /// </summary>
    public CodeFirstSchema ExtendType<TParent, TExtension>() => Add(new Contribution(typeof(TExtension), RootType: null, typeof(TParent)));

    /// <summary>Adds the object, enum, interface or union type of <typeparamref name="T"/> even when no field returns it.</summary>
    public CodeFirstSchema AddType<T>() => Add(new Contribution(typeof(T), RootType: null, ParentType: null));

    /// <summary>
    /// Makes the C# interface <typeparamref name="T"/> a GraphQL interface, as <see cref="InterfaceTypeAttribute"/> does,
    /// and adds it to the schema even when no field returns it.
    /// </summary>
    public CodeFirstSchema AddInterface<T>()
        where T : class
    {
        _abstractTypes[typeof(T)] = new AbstractRegistration(IsUnion: false, []);
        return AddType<T>();
    }

    /// <summary>
    /// Makes the C# marker interface <typeparamref name="T"/> a GraphQL union, as <see cref="UnionTypeAttribute"/> does,
    /// and adds it to the schema even when no field returns it.
    /// </summary>
    /// <param name="members">The member classes (each implementing <typeparamref name="T"/>); none for every class of <typeparamref name="T"/>'s assembly that implements it.</param>
    public CodeFirstSchema AddUnion<T>(params Type[] members)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(members);
        _abstractTypes[typeof(T)] = new AbstractRegistration(IsUnion: true, [.. members]);
        return AddType<T>();
    }

    /// <summary>
    /// Adds each class by its attribute: <see cref="QueryTypeAttribute"/>, <see cref="MutationTypeAttribute"/>,
    /// <see cref="SubscriptionTypeAttribute"/> or <see cref="ExtendTypeAttribute"/>; a module passes the types of its GraphQL folder.
    /// </summary>
    /// <exception cref="ArgumentException">A type carries none of those attributes.</exception>
    public CodeFirstSchema AddAnnotated(params IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        foreach (var type in types)
        {
            Add(type.GetCustomAttribute<QueryTypeAttribute>() is not null ? new Contribution(type, "Query", null)
                : type.GetCustomAttribute<MutationTypeAttribute>() is not null ? new Contribution(type, "Mutation", null)
                : type.GetCustomAttribute<SubscriptionTypeAttribute>() is not null ? new Contribution(type, "Subscription", null)
                : type.GetCustomAttribute<ExtendTypeAttribute>() is { } extend ? new Contribution(type, null, extend.ParentType)
                : throw new ArgumentException(
                    $"{type.FullName} has none of [QueryType], [MutationType], [SubscriptionType] or [ExtendType(typeof(...))]; mark it or register it with AddQuery, AddMutation, AddSubscription or ExtendType.",
                    nameof(types)));
        }

        return this;
    }

    /// <summary>
    /// Adds the type definitions, extensions, resolvers and enum bindings to <paramref name="builder"/>.
    /// The root types <c>Query</c>, <c>Mutation</c> and <c>Subscription</c> are defined here when any class contributes to them.
    /// </summary>
    /// <exception cref="SchemaValidationException">A CLR type or member cannot be mapped; every problem is listed with the type and member at fault.</exception>
    public SchemaBuilder AddTo(SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        new SchemaCompilation(_contributions, _abstractTypes).AddTo(builder);
        return builder;
    }

    /// <summary>Builds and validates a schema made only of these registrations.</summary>
    /// <exception cref="SchemaValidationException">A CLR type cannot be mapped, or the result is not a valid schema.</exception>
    public Schema Build() => AddTo(new SchemaBuilder()).Build();

    private CodeFirstSchema Add(Contribution contribution)
    {
        _contributions.Add(contribution);
        return this;
    }
}

/// <summary>One registered class: root fields (<see cref="RootType"/>), an extension of <see cref="ParentType"/>, or a type on its own.</summary>
internal sealed record Contribution(Type Source, string? RootType, Type? ParentType);

/// <summary>A C# interface registered as a GraphQL interface or union without its attribute; <see cref="Members"/> empty means "scan its assembly".</summary>
internal sealed record AbstractRegistration(bool IsUnion, IReadOnlyList<Type> Members);
