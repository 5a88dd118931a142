using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed: a variable's type fits every place it is used. A nullable
/// variable may stand where a non-null value is expected when the variable or the place has a
/// default (the specification's compatibility exception). A variable for a field of a OneOf input
/// object must be non-null, unless it has a non-null default (IsNonNullPosition in the September
/// 2025 edition); the check sees through a non-null wrapper on the input object, which graphql-js 16 does not.
/// </summary>
internal sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public static readonly VariablesInAllowedPositionRule Instance = new();

    public override string Name => ValidationRuleNames.VariablesInAllowedPosition;

    public override RuleHooks Hooks => RuleHooks.LeaveDocument;

    public override void LeaveDocument(ValidationContext context, DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode { VariableDefinitions.IsEmpty: false } operation)
            {
                continue;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (usage.Type is not { } locationType
                    || VariableDefinitions.Find(operation, name) is not { } variable
                    || context.TypeFromSyntax(variable.Type) is not { } variableType)
                {
                    continue;
                }

                var hasNonNullDefault = variable.DefaultValue is { } value && value is not NullValueNode;
                if (!IsAllowed(variableType, hasNonNullDefault, locationType, usage.LocationHasDefault))
                {
                    context.Report(
                        this,
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        variable,
                        usage.Node);
                }

                if (usage.ParentType?.Nullable is InputObjectType { IsOneOf: true } oneOf
                    && variableType is not NonNullType && !hasNonNullDefault)
                {
                    context.Report(
                        this,
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        variable,
                        usage.Node);
                }
            }
        }
    }

    private static bool IsAllowed(GraphQLType variableType, bool hasNonNullDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            return (hasNonNullDefault || locationHasDefault) && TypeRelations.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
        }

        return TypeRelations.IsTypeSubTypeOf(variableType, locationType);
    }
}
