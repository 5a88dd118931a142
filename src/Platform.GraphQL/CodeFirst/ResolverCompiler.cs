using System.Linq.Expressions;
using System.Reflection;
using System.Security.Claims;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.CodeFirst;

/// <summary>
/// Compiles a property read or method call, with its parameters bound from the resolver context,
/// into a <see cref="FieldResolver"/> once, when the schema is built. No reflection per call.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly MethodInfo _parentAs = Helper(nameof(ParentAs));
    private static readonly MethodInfo _moduleInstance = Helper(nameof(ModuleInstance));
    private static readonly MethodInfo _argument = Helper(nameof(Argument));
    private static readonly MethodInfo _service = Helper(nameof(Service));
    private static readonly MethodInfo _user = Helper(nameof(User));
    private static readonly MethodInfo _fromTask = Helper(nameof(FromTask));
    private static readonly MethodInfo _fromValueTask = Helper(nameof(FromValueTask));
    private static readonly MethodInfo _streamOf = Helper(nameof(StreamOf));
    private static readonly MethodInfo _streamFromTask = Helper(nameof(StreamFromTask));
    private static readonly MethodInfo _streamFromValueTask = Helper(nameof(StreamFromValueTask));
    private static readonly ConstructorInfo _completed = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;

    public static FieldResolver Compile(
        MemberInfo member, Type sourceType, SchemaCompilation.Receiver receiver, IReadOnlyList<ParameterBinding> parameters, object? shared, string coordinate)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var value = Invocation(member, sourceType, receiver, parameters, shared, coordinate, context);
        return Expression.Lambda<FieldResolver>(Complete(value), $"Resolve_{coordinate.Replace('.', '_')}", [context]).Compile();
    }

    /// <summary>
    /// Compiles a subscription root field's method, which returns <c>IAsyncEnumerable&lt;T&gt;</c>
    /// (or a Task or ValueTask of one), into its <see cref="SubscriptionResolver"/>.
    /// </summary>
    public static SubscriptionResolver CompileSubscriber(
        MethodInfo method, Type sourceType, IReadOnlyList<ParameterBinding> parameters, object? shared, string coordinate, Type elementType)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var value = Invocation(method, sourceType, SchemaCompilation.Receiver.ModuleInstance, parameters, shared, coordinate, context);
        var stream = typeof(IAsyncEnumerable<>).MakeGenericType(elementType);
        var type = value.Type;
        Expression body = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>)
                ? Expression.Call(_streamFromTask.MakeGenericMethod(elementType), Expression.Convert(value, typeof(Task<>).MakeGenericType(stream)))
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>)
                ? Expression.Call(_streamFromValueTask.MakeGenericMethod(elementType), Expression.Convert(value, typeof(ValueTask<>).MakeGenericType(stream)))
            : Expression.Call(_streamOf.MakeGenericMethod(elementType), Expression.Convert(value, stream));
        return Expression.Lambda<SubscriptionResolver>(body, $"Subscribe_{coordinate.Replace('.', '_')}", [context]).Compile();
    }

    private static Expression Invocation(
        MemberInfo member, Type sourceType, SchemaCompilation.Receiver receiver, IReadOnlyList<ParameterBinding> parameters, object? shared, string coordinate, ParameterExpression context)
    {
        var isStatic = member is MethodInfo { IsStatic: true } or PropertyInfo { GetMethod.IsStatic: true };
        Expression? target = isStatic ? null
            : receiver == SchemaCompilation.Receiver.Parent ? Expression.Call(_parentAs.MakeGenericMethod(sourceType), context)
            : Expression.Call(_moduleInstance.MakeGenericMethod(sourceType), context, Expression.Constant(shared, typeof(object)));

        return member switch
        {
            PropertyInfo property => Expression.Property(target, property),
            MethodInfo method => Expression.Call(target, method, parameters.Select(parameter => Bind(parameter, context, coordinate))),
            _ => throw new ArgumentException($"{coordinate}: {member.MemberType} members cannot be fields.", nameof(member)),
        };
    }

    private static Expression Bind(ParameterBinding parameter, ParameterExpression context, string coordinate) => parameter.Kind switch
    {
        ParameterKind.Parent => Expression.Call(_parentAs.MakeGenericMethod(parameter.Type), context),
        ParameterKind.CancellationToken => Expression.Property(context, nameof(IResolverContext.CancellationToken)),
        ParameterKind.Context => context,
        ParameterKind.User => Expression.Call(_user, context),
        ParameterKind.Service => Expression.Call(_service.MakeGenericMethod(parameter.Type), context, Expression.Constant(parameter.Required), Expression.Constant(coordinate)),
        _ => Expression.Call(
            _argument.MakeGenericMethod(parameter.Type),
            context,
            Expression.Constant(parameter.ArgumentName),
            Expression.Constant(parameter.Convert),
            Expression.Constant(parameter.Fallback, typeof(object))),
    };

    private static Expression Complete(Expression value)
    {
        var type = value.Type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(_fromTask.MakeGenericMethod(type.GetGenericArguments()), value);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Expression.Call(_fromValueTask.MakeGenericMethod(type.GetGenericArguments()), value);
        }

        return Expression.New(_completed, Expression.Convert(value, typeof(object)));
    }

    private static T ParentAs<T>(IResolverContext context) => context.Parent is T parent
        ? parent
        : throw new InvalidOperationException(
            $"{context.ParentType.Name}.{context.Field.Name} expects a parent value of CLR type {typeof(T).FullName}, but got {context.Parent?.GetType().FullName ?? "null"}.");

    private static T ModuleInstance<T>(IResolverContext context, object? shared) =>
        context.Services.GetService(typeof(T)) is T registered ? registered
        : shared is T instance ? instance
        : throw new InvalidOperationException(
            $"{context.ParentType.Name}.{context.Field.Name} needs an instance of {typeof(T).FullName}: register it in the request's services or give it a public parameterless constructor.");

    private static T Argument<T>(IResolverContext context, string name, Func<object?, object?> convert, object? fallback) =>
        context.Arguments.TryGetValue(name, out var given) && convert(given) is T value ? value : (T)fallback!;

    private static T Service<T>(IResolverContext context, bool required, string coordinate) =>
        context.Services.GetService(typeof(T)) is T service ? service
        : required ? throw new InvalidOperationException($"{coordinate} needs service {typeof(T).FullName}, which the request's services do not provide.")
        : default!;

    // Without a user in the services the request is anonymous: an unauthenticated principal, never null.
    private static ClaimsPrincipal User(IResolverContext context) =>
        context.Services.GetService(typeof(ClaimsPrincipal)) as ClaimsPrincipal ?? new ClaimsPrincipal(new ClaimsIdentity());

    private static async ValueTask<object?> FromTask<T>(Task<T> task) => await task;

    private static async ValueTask<object?> FromValueTask<T>(ValueTask<T> task) => await task;

    private static ValueTask<IAsyncEnumerable<object?>> StreamOf<T>(IAsyncEnumerable<T> stream) => new(Boxed(stream));

    private static async ValueTask<IAsyncEnumerable<object?>> StreamFromTask<T>(Task<IAsyncEnumerable<T>> stream) => Boxed(await stream);

    private static async ValueTask<IAsyncEnumerable<object?>> StreamFromValueTask<T>(ValueTask<IAsyncEnumerable<T>> stream) => Boxed(await stream);

    // A stream of a reference type already is a stream of objects (covariance), and stays disposable as it was.
    private static IAsyncEnumerable<object?> Boxed<T>(IAsyncEnumerable<T> stream) =>
        stream as IAsyncEnumerable<object?> ?? BoxEach(stream ?? throw new InvalidOperationException("The subscriber returned a null event stream."));

    private static async IAsyncEnumerable<object?> BoxEach<T>(IAsyncEnumerable<T> stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in stream.WithCancellation(cancellationToken))
        {
            yield return item;
        }
    }

    private static MethodInfo Helper(string name) => typeof(ResolverCompiler).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;
}
