using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// CoerceVariableValues: the request's variable values checked and coerced to the types the
/// operation declares, defaults applied. Every problem is a request error worded as graphql-js
/// words it, e.g. <c>Variable "$id" of required type "ID!" was not provided.</c>; after 50 errors
/// coercion stops.
/// </summary>
internal sealed class VariableCoercion
{
    private const int MaxErrors = 50;
    private static readonly Dictionary<string, object?> _none = [];
    private readonly List<ExecutionError> _errors;
    private VariablePlan _current = null!;

    private VariableCoercion(List<ExecutionError> errors) => _errors = errors;

    /// <summary>The coerced values by name (absent when neither given nor defaulted); <paramref name="errors"/> is null when there are none.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(OperationPlan plan, ExecutionRequest request, out List<ExecutionError>? errors)
    {
        errors = null;
        if (plan.Variables.Length == 0)
        {
            return _none;
        }

        var found = new List<ExecutionError>();
        var coercion = new VariableCoercion(found);
        var values = new Dictionary<string, object?>(plan.Variables.Length, StringComparer.Ordinal);
        try
        {
            foreach (var variable in plan.Variables)
            {
                coercion._current = variable;
                coercion.CoerceVariable(variable, request, values);
            }
        }
        catch (TooManyErrorsException)
        {
            found.Add(new ExecutionError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        errors = found.Count > 0 ? found : null;
        return values;
    }

    private void CoerceVariable(VariablePlan variable, ExecutionRequest request, Dictionary<string, object?> values)
    {
        var node = variable.Node;
        if (variable.Type is not { } type)
        {
            Report($"Variable \"${variable.Name}\" expected value of type \"{Printer.Print(node.Type)}\" which cannot be used as an input type.", node.Type);
            return;
        }

        if (!TryGetInput(request, variable.Name, out var input))
        {
            if (node.DefaultValue is not null)
            {
                if (LiteralCoercion.TryCoerce(node.DefaultValue, type, null, out var defaultValue))
                {
                    values[variable.Name] = defaultValue;
                }
            }
            else if (type is NonNullType)
            {
                Report($"Variable \"${variable.Name}\" of required type \"{type}\" was not provided.", node);
            }

            return;
        }

        if (InputShape.IsNull(input) && type is NonNullType)
        {
            Report($"Variable \"${variable.Name}\" of non-null type \"{type}\" must not be null.", node);
            return;
        }

        var before = _errors.Count;
        var value = InputCoercion.Coerce(input, type, this);
        if (_errors.Count == before)
        {
            values[variable.Name] = value;
        }
    }

    /// <summary>Called by <see cref="InputCoercion"/> for a value at <paramref name="path"/> inside the current variable.</summary>
    public void ReportInvalid(InputPath? path, object? invalidValue, string message)
    {
        var name = _current.Name;
        var at = path is null ? string.Empty : $" at \"{name}{path}\"";
        Report($"Variable \"${name}\" got invalid value {Inspect(invalidValue)}{at}; {message}", _current.Node);
    }

    private void Report(string message, SyntaxNode node)
    {
        if (_errors.Count >= MaxErrors)
        {
            throw new TooManyErrorsException();
        }

        _errors.Add(new ExecutionError(message, ExecutionError.LocationsOf(node)));
    }

    private static string Inspect(object? value) => value is JsonElement { ValueKind: JsonValueKind.Undefined } ? "undefined" : ValueText.Inspect(value);

    private static bool TryGetInput(ExecutionRequest request, string name, out object? value)
    {
        if (request.Variables is { } variables)
        {
            return variables.TryGetValue(name, out value);
        }

        if (request.VariablesJson.ValueKind == JsonValueKind.Object && request.VariablesJson.TryGetProperty(name, out var element))
        {
            value = element.ValueKind == JsonValueKind.Null ? null : element;
            return true;
        }

        value = null;
        return false;
    }

    private sealed class TooManyErrorsException : Exception;
}

/// <summary>A position inside a variable's value, printed as graphql-js prints it: <c>.field[2].other</c>.</summary>
internal sealed class InputPath(InputPath? parent, object key)
{
    public override string ToString()
    {
        var segment = key is int index ? $"[{index}]" : $".{key}";
        return parent is null ? segment : parent + segment;
    }
}
