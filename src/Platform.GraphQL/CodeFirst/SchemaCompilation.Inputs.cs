using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.CodeFirst;

/// <summary>
/// Input types from classes and records (named <c>XInput</c>), and the converters, compiled once,
/// that turn coerced argument values (dictionaries, arrays, scalars) into the CLR parameter types.
/// </summary>
internal sealed partial class SchemaCompilation
{
    private readonly Dictionary<Type, InputShape> _inputShapes = [];
    private readonly Dictionary<Type, Func<object?, object?>> _converters = [];

    private string? DefineInput(Type type, string site)
    {
        if (_inputNames.TryGetValue(type, out var name))
        {
            return name;
        }

        if (!type.IsClass)
        {
            Error($"{site}: {Display(type)} is a struct; input types must be classes or records.", null);
            return null;
        }

        name = ClrNaming.InputTypeName(type);
        _inputNames[type] = name;
        if (!Claim(name, type))
        {
            return name;
        }

        var index = _definitions.Count;
        var oneOf = type.IsDefined(typeof(OneOfAttribute), inherit: false);
        var constructor = type.GetConstructors().OrderByDescending(candidate => candidate.GetParameters().Length).FirstOrDefault();
        var fields = ImmutableArray.CreateBuilder<InputValueDefinitionNode>();
        var properties = new List<(PropertyInfo Property, string Field)>();
        var candidates = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0 && !ClrNaming.IsIgnored(property))
            .OrderBy(property => property.MetadataToken);
        foreach (var property in candidates)
        {
            var fieldName = ClrNaming.FieldName(property);
            var fieldSite = $"{name}.{fieldName} ({ClrNaming.Describe(property)})";
            if (Reference(property.PropertyType, _nullability.Create(property), fieldSite, input: true) is { } fieldType)
            {
                fields.Add(InputField(property, fieldName, oneOf && fieldType is NonNullTypeNode required ? required.Type : fieldType, oneOf, constructor));
                properties.Add((property, fieldName));
            }
        }

        if (constructor is null)
        {
            Error($"{site}: {Display(type)} has no public constructor to build it from an input value.", name);
        }
        else
        {
            foreach (var parameter in constructor.GetParameters())
            {
                if (!properties.Exists(pair => string.Equals(pair.Property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    Error($"{name}: constructor parameter '{parameter.Name}' of {Display(type)} matches no public property, so no input field can supply it.", name);
                }
            }

            _inputShapes[type] = new InputShape(constructor, properties);
        }

        ImmutableArray<DirectiveNode> directives = oneOf ? [new DirectiveNode(new NameNode("oneOf"))] : [];
        _definitions.Insert(index, new InputObjectTypeDefinitionNode(new NameNode(name), fields.ToImmutable(), directives, ClrNaming.Description(type)));
        return name;
    }

    /// <summary>
    /// An input field from a property. A record's positional property is declared by its constructor
    /// parameter, which carries the C# default value and the attributes written on it.
    /// </summary>
    private static InputValueDefinitionNode InputField(PropertyInfo property, string fieldName, TypeNode fieldType, bool oneOf, ConstructorInfo? constructor)
    {
        var parameter = constructor?.GetParameters().FirstOrDefault(candidate => string.Equals(candidate.Name, property.Name, StringComparison.OrdinalIgnoreCase));
        // A OneOf field has no default: a default would count as the one field given.
        var defaultValue = !oneOf && parameter is { HasDefaultValue: true } ? DefaultLiteral(parameter.DefaultValue, parameter.ParameterType) : null;
        var deprecation = ClrNaming.Deprecation(property);
        if (deprecation.IsEmpty && parameter is not null)
        {
            deprecation = ClrNaming.Deprecation(parameter);
        }

        var description = ClrNaming.Description(property) ?? (parameter is null ? null : ClrNaming.Description(parameter));
        return new InputValueDefinitionNode(new NameNode(fieldName), fieldType, defaultValue, deprecation, description);
    }

    /// <summary>Turns a coerced value (of a type this compilation mapped) into a value of <paramref name="target"/>.</summary>
    private Func<object?, object?> Converter(Type target)
    {
        if (_converters.TryGetValue(target, out var existing))
        {
            return existing;
        }

        if (_inputShapes.TryGetValue(target, out var shape))
        {
            // Registered before its fields' converters are made, so that recursive input types end here.
            Func<object?, object?>? built = null;
            _converters[target] = value => built!(value);
            built = InputObjectConverter(target, shape);
            return _converters[target] = built;
        }

        Func<object?, object?> converter = target switch
        {
            _ when Nullable.GetUnderlyingType(target) is { } underlying => Converter(underlying),
            _ when target == typeof(Relay.NodeId) => static value => value is null ? null : Relay.NodeId.Parse((string)value),
            _ when target == typeof(float) => static value => value is null ? null : Convert.ToSingle(value, CultureInfo.InvariantCulture),
            _ when target.IsArray || (target != typeof(string) && ListElement(target, null) is not null) => ListConverter(target, ListElement(target, null)!.Value.Type),
            _ => static value => value, // scalars and enums arrive as their runtime values
        };
        return _converters[target] = converter;
    }

    private Func<object?, object?> ListConverter(Type target, Type element)
    {
        var convertItem = Converter(element);
        var method = typeof(SchemaCompilation).GetMethod(target.IsArray ? nameof(ToArray) : nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;
        var create = method.MakeGenericMethod(element).CreateDelegate<Func<object?, Func<object?, object?>, object?>>();
        return value => create(value, convertItem);
    }

    private static T[]? ToArray<T>(object? value, Func<object?, object?> convert) =>
        value is System.Collections.IEnumerable items ? items.Cast<object?>().Select(item => convert(item) is T typed ? typed : default!).ToArray() : null;

    private static List<T>? ToList<T>(object? value, Func<object?, object?> convert) =>
        value is System.Collections.IEnumerable items ? items.Cast<object?>().Select(item => convert(item) is T typed ? typed : default!).ToList() : null;

    private Func<object?, object?> InputObjectConverter(Type target, InputShape shape)
    {
        var parameters = shape.Constructor.GetParameters();
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var create = Expression.Lambda<Func<object?[], object>>(
            Expression.Convert(
                Expression.New(shape.Constructor, parameters.Select((parameter, i) =>
                    Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), parameter.ParameterType))),
                typeof(object)),
            arguments).Compile();

        var byConstructor = parameters.Select(parameter =>
        {
            var field = shape.Properties.First(pair => string.Equals(pair.Property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)).Field;
            var fallback = parameter.HasDefaultValue ? parameter.DefaultValue
                : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null;
            return (Field: field, Convert: Converter(parameter.ParameterType), Fallback: fallback);
        }).ToArray();

        var bySetter = shape.Properties
            .Where(pair => pair.Property.SetMethod is { IsPublic: true }
                && !Array.Exists(parameters, parameter => string.Equals(pair.Property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(pair => (pair.Field, Convert: Converter(pair.Property.PropertyType), Set: Setter(target, pair.Property)))
            .ToArray();

        return value =>
        {
            if (value is not IReadOnlyDictionary<string, object?> fields)
            {
                return value;
            }

            var values = new object?[byConstructor.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var (field, convert, fallback) = byConstructor[i];
                values[i] = fields.TryGetValue(field, out var given) ? convert(given) ?? fallback : fallback;
            }

            var result = create(values);
            foreach (var (field, convert, set) in bySetter)
            {
                if (fields.TryGetValue(field, out var given))
                {
                    set(result, convert(given));
                }
            }

            return result;
        };
    }

    private static Action<object, object?> Setter(Type target, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(instance, target), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }

    /// <summary>How to build an input class: its widest public constructor, and its mapped properties with their field names.</summary>
    private sealed record InputShape(ConstructorInfo Constructor, List<(PropertyInfo Property, string Field)> Properties);
}
