namespace Platform.GraphQL.CodeFirst;

/// <summary>Gives a type, field, argument or enum value its GraphQL name instead of the one derived from the CLR name.</summary>
/// <param name="name">The GraphQL name, used as written.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    /// <summary>The GraphQL name.</summary>
    public string Name { get; } = name;
}

/// <summary>Keeps a property, method or enum member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute;

/// <summary>The GraphQL description (Markdown) of a type, field, argument or enum value.</summary>
/// <param name="description">The description text.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    /// <summary>The description text.</summary>
    public string Description { get; } = description;
}

/// <summary>
/// Marks a field, argument, input field or enum value <c>@deprecated</c> without making the CLR
/// member obsolete; <see cref="ObsoleteAttribute"/> has the same effect. An argument or input field
/// can be deprecated only when it is optional (nullable, or with a default value).
/// </summary>
/// <param name="reason">Why, and what to use instead; null for the specification's default reason.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class GraphQLDeprecatedAttribute(string? reason = null) : Attribute
{
    /// <summary>The deprecation reason.</summary>
    public string? Reason { get; } = reason;
}

/// <summary>A class whose public methods and properties are fields of the <c>Query</c> root type (see <see cref="CodeFirstSchema.AddAnnotated"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class QueryTypeAttribute : Attribute;

/// <summary>A class whose public methods and properties are fields of the <c>Mutation</c> root type (see <see cref="CodeFirstSchema.AddAnnotated"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MutationTypeAttribute : Attribute;

/// <summary>
/// A class whose public methods are fields of the <c>Subscription</c> root type (see <see cref="CodeFirstSchema.AddAnnotated"/>).
/// Each method returns the field's event stream: <c>IAsyncEnumerable&lt;T&gt;</c>, or a <c>Task</c> or
/// <c>ValueTask</c> of one, and the field's type is <c>T</c>. Parameters bind as for queries
/// (arguments, services, <c>ClaimsPrincipal</c>, <c>CancellationToken</c>, which is cancelled when
/// the client unsubscribes). Every event is the field's value in one fresh execution of the
/// subscription's selection set; filter per user inside the method.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SubscriptionTypeAttribute : Attribute;

/// <summary>
/// A class whose public methods add fields to the object type of <paramref name="parentType"/>,
/// which another module may own (see <see cref="CodeFirstSchema.AddAnnotated"/>). Methods take the
/// parent object through a <see cref="ParentAttribute"/> parameter.
/// </summary>
/// <param name="parentType">The CLR type of the object type being extended.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ExtendTypeAttribute(Type parentType) : Attribute
{
    /// <summary>The CLR type of the object type being extended.</summary>
    public Type ParentType { get; } = parentType;
}

/// <summary>Binds a resolver parameter to the parent object of the field (the extended type's value).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;

/// <summary>
/// Binds a resolver parameter to a service of the request's <see cref="IServiceProvider"/>. Needed
/// for class-typed services; interface-typed parameters are services without it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;

/// <summary>
/// A C# interface that becomes a GraphQL interface: its properties and methods are the interface's
/// fields, and the object types of the classes implementing it (found in the interface's assembly)
/// implement it. <see cref="CodeFirstSchema.AddInterface{T}"/> does the same without the attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class InterfaceTypeAttribute : Attribute;

/// <summary>
/// A C# marker interface that becomes a GraphQL union whose members are the object types of the
/// classes implementing it (found in the interface's assembly). <see cref="CodeFirstSchema.AddUnion{T}"/>
/// does the same without the attribute and may name the members.
/// </summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class UnionTypeAttribute : Attribute;

/// <summary>
/// An input class or record that becomes a OneOf input object (<c>input X @oneOf</c>): every field
/// is nullable and a value gives exactly one of them, so the bound object has exactly one non-null property.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OneOfAttribute : Attribute;
