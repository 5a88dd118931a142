using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.CodeFirst;

/// <summary>Fields from properties and methods; method parameters become arguments or are bound from the resolver context.</summary>
internal sealed partial class SchemaCompilation
{
    private readonly Dictionary<(string Type, string Field), MemberInfo> _fieldOwners = [];

    private List<FieldDefinitionNode> Fields(Type type, string typeName, Receiver receiver)
    {
        var fields = new List<FieldDefinitionNode>();
        var shared = receiver == Receiver.ModuleInstance && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null
            ? Activator.CreateInstance(type)
            : null;
        // A GraphQL interface has the fields of the GraphQL interfaces it extends too; it has no resolvers (its objects do).
        var isInterface = type.IsInterface;
        var members = isInterface ? new[] { type }.Concat(type.GetInterfaces().Where(IsInterfaceType)).SelectMany(face => Members(face, receiver)) : Members(type, receiver);
        foreach (var member in members)
        {
            var fieldName = ClrNaming.FieldName(member);
            var coordinate = $"{typeName}.{fieldName}";
            var site = $"{coordinate} ({ClrNaming.Describe(member)})";
            if (!_fieldOwners.TryAdd((typeName, fieldName), member))
            {
                Error($"{coordinate} is contributed twice: by {ClrNaming.Describe(_fieldOwners[(typeName, fieldName)])} and by {ClrNaming.Describe(member)}; rename one with [GraphQLName].", coordinate);
                continue;
            }

            var (valueType, info) = member is PropertyInfo property
                ? (property.PropertyType, _nullability.Create(property))
                : (((MethodInfo)member).ReturnType, _nullability.Create(((MethodInfo)member).ReturnParameter));
            if (valueType == typeof(void) || valueType == typeof(Task) || valueType == typeof(ValueTask))
            {
                Error($"{site} returns no value; a field must return one (a mutation may return its result or a payload).", coordinate);
                continue;
            }

            // A subscription root field returns its event stream; the field's type is the event's.
            var streamElement = typeName == "Subscription" && receiver == Receiver.ModuleInstance ? StreamElement(valueType, info) : null;
            if (typeName == "Subscription" && receiver == Receiver.ModuleInstance && (streamElement is null || member is not MethodInfo))
            {
                Error($"{site} must be a method returning IAsyncEnumerable<T>, or a Task or ValueTask of one: a subscription field returns its event stream.", coordinate);
                continue;
            }

            var fieldType = streamElement is { } element ? Reference(element.Type, element.Info, site, input: false) : OutputType(valueType, info, site);
            var arguments = ImmutableArray.CreateBuilder<InputValueDefinitionNode>();
            var bindings = new List<ParameterBinding>();
            var parameters = member is MethodInfo method ? method.GetParameters() : [];
            foreach (var parameter in parameters)
            {
                if (Bind(parameter, site, arguments) is { } binding)
                {
                    bindings.Add(binding);
                }
            }

            if (fieldType is null || bindings.Count != parameters.Length)
            {
                continue;
            }

            fields.Add(new FieldDefinitionNode(new NameNode(fieldName), fieldType, arguments.ToImmutable(), ClrNaming.Deprecation(member), ClrNaming.Description(member)));
            if (streamElement is { } events)
            {
                _subscribers.Add((typeName, fieldName, ResolverCompiler.CompileSubscriber((MethodInfo)member, type, bindings, shared, coordinate, events.Type)));
                _resolvers.Add((typeName, fieldName, _eventValue));
            }
            else if (!isInterface)
            {
                _resolvers.Add((typeName, fieldName, ResolverCompiler.Compile(member, type, receiver, bindings, shared, coordinate)));
            }
        }

        return fields;
    }

    // In each execution for an event, the subscription field's value is the event itself.
    private static readonly FieldResolver _eventValue = static context => new ValueTask<object?>(context.Parent);

    /// <summary>The element type of an event stream (<c>IAsyncEnumerable&lt;T&gt;</c>, possibly in a Task or ValueTask); null when it is none.</summary>
    private static (Type Type, NullabilityInfo? Info)? StreamElement(Type type, NullabilityInfo? info)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            (type, info) = (type.GetGenericArguments()[0], info?.GenericTypeArguments[0]);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
        {
            return (type.GetGenericArguments()[0], info?.GenericTypeArguments[0]);
        }

        return null;
    }

    /// <summary>
    /// The rule: <see cref="ParentAttribute"/>, <see cref="CancellationToken"/>, <see cref="IResolverContext"/>
    /// and <see cref="ClaimsPrincipal"/> parameters bind by kind; <see cref="ServiceAttribute"/> and
    /// interface-typed parameters are services; every other parameter is a GraphQL argument.
    /// </summary>
    private ParameterBinding? Bind(ParameterInfo parameter, string site, ImmutableArray<InputValueDefinitionNode>.Builder arguments)
    {
        var type = parameter.ParameterType;
        if (parameter.IsDefined(typeof(ParentAttribute)))
        {
            return new ParameterBinding(ParameterKind.Parent, type);
        }

        if (type == typeof(CancellationToken))
        {
            return new ParameterBinding(ParameterKind.CancellationToken, type);
        }

        if (type == typeof(IResolverContext))
        {
            return new ParameterBinding(ParameterKind.Context, type);
        }

        if (type == typeof(ClaimsPrincipal))
        {
            return new ParameterBinding(ParameterKind.User, type);
        }

        if (parameter.IsDefined(typeof(ServiceAttribute)) || type.IsInterface)
        {
            var required = !parameter.HasDefaultValue && (type.IsValueType ? Nullable.GetUnderlyingType(type) is null : _nullability.Create(parameter).ReadState == NullabilityState.NotNull);
            return new ParameterBinding(ParameterKind.Service, type, Required: required);
        }

        var name = ClrNaming.ArgumentName(parameter);
        if (Reference(type, _nullability.Create(parameter), $"argument '{name}' of {site}", input: true) is not { } argumentType)
        {
            return null;
        }

        var fallback = parameter.HasDefaultValue ? parameter.DefaultValue : type.IsValueType ? Activator.CreateInstance(type) : null;
        arguments.Add(new InputValueDefinitionNode(
            new NameNode(name), argumentType, parameter.HasDefaultValue ? DefaultLiteral(parameter.DefaultValue, type) : null, ClrNaming.Deprecation(parameter), ClrNaming.Description(parameter)));
        return new ParameterBinding(ParameterKind.Argument, type, name, Converter(type), fallback);
    }

    /// <summary>A C# default parameter value as a GraphQL default value; null for <c>= null</c>, which needs none.</summary>
    private static ValueNode? DefaultLiteral(object? value, Type type) => value switch
    {
        null => null,
        bool flag => new BooleanValueNode(flag),
        string text => new StringValueNode(text),
        Enum member => new EnumValueNode(ClrNaming.EnumValueName(member.GetType().GetField(member.ToString())!)),
        int or long or short or byte => new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        double or float or decimal => new FloatValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        _ when Nullable.GetUnderlyingType(type)?.IsEnum == true => DefaultLiteral(Enum.ToObject(Nullable.GetUnderlyingType(type)!, value), type),
        _ => null,
    };
}

/// <summary>What a resolver parameter is bound to.</summary>
internal enum ParameterKind
{
    /// <summary>A GraphQL argument, converted to the parameter type.</summary>
    Argument,

    /// <summary>The parent value.</summary>
    Parent,

    /// <summary>The request's cancellation token.</summary>
    CancellationToken,

    /// <summary>The resolver context itself (for DataLoaders).</summary>
    Context,

    /// <summary>The request's user: a <see cref="ClaimsPrincipal"/> from the services, else an anonymous one.</summary>
    User,

    /// <summary>A service from the request's services.</summary>
    Service,
}

/// <summary>How one resolver parameter gets its value.</summary>
internal sealed record ParameterBinding(
    ParameterKind Kind,
    Type Type,
    string? ArgumentName = null,
    Func<object?, object?>? Convert = null,
    object? Fallback = null,
    bool Required = false);
