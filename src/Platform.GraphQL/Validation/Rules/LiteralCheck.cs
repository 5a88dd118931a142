using System.Globalization;
using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Whether a literal is a valid value of the leaf type expected where it stands, reported in
/// graphql-js's words: the specification's scalars and enums give their own message
/// (<c>Int cannot represent non-integer value: "x"</c>), other scalars' messages follow
/// <c>Expected value of type "T", found x;</c>. The common valid cases of the built-in scalars are
/// decided without calling (and boxing through) <see cref="LeafType.ParseLiteral"/>.
/// </summary>
internal static class LiteralCheck
{
    public static void Report(ValidationRule rule, ValidationContext context, ValueNode value)
    {
        if (context.InputType is not { } locationType || Problem(context, value, locationType) is not { } problem)
        {
            return;
        }

        context.Report(rule, problem, value);
    }

    private static string? Problem(ValidationContext context, ValueNode value, GraphQLType locationType)
    {
        switch (locationType.GetNamedType())
        {
            case EnumType enumType:
                return EnumProblem(context, value, enumType);
            case ScalarType scalar when IsValidBuiltIn(scalar, value):
                return null;
            case ScalarType { IsSpecifiedScalar: false } when ContainsVariable(value):
                // A custom scalar's structured literal can only be judged once variables have values.
                return null;
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(value);
                    return null;
                }
                catch (CoercionException exception)
                {
                    return scalar.IsSpecifiedScalar
                        ? exception.Message
                        : $"Expected value of type \"{locationType}\", found {Printer.Print(value)}; {exception.Message}";
                }

            default:
                return $"Expected value of type \"{locationType}\", found {Printer.Print(value)}.";
        }
    }

    private static string? EnumProblem(ValidationContext context, ValueNode value, EnumType type)
    {
        if (value is EnumValueNode enumValue && type.TryGetValue(enumValue.Value, out _))
        {
            return null;
        }

        var printed = Printer.Print(value);
        var hint = context.HideSuggestions
            ? string.Empty
            : Suggestions.DidYouMean(Suggestions.Rank(printed, type.Values.Select(known => known.Name)), "the enum value");
        return value is EnumValueNode
            ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum.{hint}"
            : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}.{hint}";
    }

    private static bool IsValidBuiltIn(ScalarType scalar, ValueNode value)
    {
        if (!scalar.IsSpecifiedScalar)
        {
            return false;
        }

        return (scalar.Name, value) switch
        {
            ("String", StringValueNode) => true,
            ("Boolean", BooleanValueNode) => true,
            ("ID", StringValueNode or IntValueNode) => true,
            ("Int", IntValueNode integer) => int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            _ => false,
        };
    }

    private static bool ContainsVariable(ValueNode value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return value switch
        {
            VariableNode => true,
            ListValueNode list => list.Values.Any(ContainsVariable),
            ObjectValueNode obj => obj.Fields.Any(field => ContainsVariable(field.Value)),
            _ => false,
        };
    }
}
