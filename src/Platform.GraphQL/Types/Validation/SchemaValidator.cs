using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// The type validation rules of the specification's "Type System" section, checked on the built
/// types. Messages follow the reference implementation's wording and name the type and member at fault.
/// </summary>
internal sealed partial class SchemaValidator(
    ImmutableArray<NamedType> types,
    ImmutableArray<DirectiveDefinition> directives,
    ImmutableArray<DirectiveNode> schemaDirectives,
    List<SchemaError> errors)
{
    private readonly FrozenDictionary<string, DirectiveDefinition> _directivesByName =
        directives.DistinctBy(directive => directive.Name).ToFrozenDictionary(directive => directive.Name, StringComparer.Ordinal);

    public void Validate()
    {
        CheckAppliedDirectives(schemaDirectives, DirectiveLocation.Schema, "the schema");
        foreach (var directive in directives.Where(directive => !directive.IsBuiltIn))
        {
            CheckDirectiveDefinition(directive);
        }

        foreach (var type in types.Where(type => !type.IsIntrospectionType && type is not MissingType))
        {
            CheckName(type.Name, type.Name);
            switch (type)
            {
                case ComplexType complex:
                    CheckComplexType(complex);
                    break;
                case UnionType union:
                    CheckUnion(union);
                    break;
                case EnumType enumType:
                    CheckEnum(enumType);
                    break;
                case InputObjectType input:
                    CheckInputObject(input);
                    break;
                case ScalarType scalar:
                    CheckAppliedDirectives(scalar.AppliedDirectives, DirectiveLocation.Scalar, scalar.Name);
                    break;
            }
        }

        CheckInputObjectCycles();
    }

    private void Error(string message, string? coordinate) => errors.Add(new SchemaError(message, coordinate));

    /// <summary>Names are GraphQL names (code-built nodes may hold anything) and do not start with "__".</summary>
    private void CheckName(string name, string coordinate)
    {
        if (!NamePattern().IsMatch(name))
        {
            Error($"Name \"{name}\" of {coordinate} is not a GraphQL name: it must start with a letter or \"_\" and contain only letters, digits and \"_\".", coordinate);
        }
        else if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", coordinate);
        }
    }

    private void CheckComplexType(ComplexType type)
    {
        var location = type is ObjectType ? DirectiveLocation.Object : DirectiveLocation.Interface;
        CheckAppliedDirectives(type.AppliedDirectives, location, type.Name);
        if (type.Fields.IsEmpty)
        {
            Error($"Type {type.Name} must define one or more fields.", type.Name);
        }

        foreach (var field in type.Fields)
        {
            CheckName(field.Name, field.Coordinate);
            CheckAppliedDirectives(field.AppliedDirectives, DirectiveLocation.FieldDefinition, field.Coordinate);
            if (!field.Type.IsOutputType)
            {
                Error($"The type of {field.Coordinate} must be Output Type but got: {field.Type}.", field.Coordinate);
            }

            foreach (var argument in field.Arguments)
            {
                CheckArgument(argument, "argument");
            }
        }

        CheckImplementations(type);
    }

    /// <summary>An argument of a field or directive, or (with <paramref name="what"/> "input field") a field of an input object.</summary>
    private void CheckArgument(InputValueDefinition argument, string what)
    {
        CheckName(argument.Name, argument.Coordinate);
        var location = what == "argument" ? DirectiveLocation.ArgumentDefinition : DirectiveLocation.InputFieldDefinition;
        CheckAppliedDirectives(argument.AppliedDirectives, location, argument.Coordinate);
        if (!argument.Type.IsInputType)
        {
            Error($"The type of {argument.Coordinate} must be Input Type but got: {argument.Type}.", argument.Coordinate);
        }
        else if (argument.DefaultValue is { } defaultValue && LiteralChecker.FindProblem(defaultValue, argument.Type) is { } problem)
        {
            Error($"{argument.Coordinate} has invalid default value: {problem}", argument.Coordinate);
        }

        if (argument.IsRequired && argument.IsDeprecated)
        {
            var kind = what == "argument" ? "Required argument" : "Required input field";
            Error($"{kind} {argument.Coordinate} cannot be deprecated.", argument.Coordinate);
        }
    }

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
