namespace Platform.GraphQL.Types;

/// <summary>Unions, enums and input objects, including OneOf rules and cycles of non-null input fields.</summary>
internal sealed partial class SchemaValidator
{
    private void CheckUnion(UnionType union)
    {
        // Whether it has members at all is checked while building: members that are not object types are dropped there.
        CheckAppliedDirectives(union.AppliedDirectives, DirectiveLocation.Union, union.Name);
    }

    private void CheckEnum(EnumType enumType)
    {
        CheckAppliedDirectives(enumType.AppliedDirectives, DirectiveLocation.Enum, enumType.Name);
        if (enumType.Values.IsEmpty)
        {
            Error($"Enum type {enumType.Name} must define one or more values.", enumType.Name);
        }

        var runtimeValues = new Dictionary<object, EnumValueDefinition>();
        foreach (var value in enumType.Values)
        {
            CheckName(value.Name, value.Coordinate);
            CheckAppliedDirectives(value.AppliedDirectives, DirectiveLocation.EnumValue, value.Coordinate);
            if (value.Name is "true" or "false" or "null")
            {
                Error($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.Coordinate);
            }

            if (!runtimeValues.TryAdd(value.Value, value))
            {
                Error(
                    $"Enum values {runtimeValues[value.Value].Coordinate} and {value.Coordinate} have the same runtime value {ValueText.Inspect(value.Value)}; results could not tell them apart.",
                    value.Coordinate);
            }
        }
    }

    private void CheckInputObject(InputObjectType input)
    {
        CheckAppliedDirectives(input.AppliedDirectives, DirectiveLocation.InputObject, input.Name);
        if (input.Fields.IsEmpty)
        {
            Error($"Input Object type {input.Name} must define one or more fields.", input.Name);
        }

        foreach (var field in input.Fields)
        {
            CheckArgument(field, "input field");
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Error($"OneOf input field {field.Coordinate} must be nullable.", field.Coordinate);
                }

                if (field.DefaultValue is not null)
                {
                    Error($"OneOf input field {field.Coordinate} cannot have a default value.", field.Coordinate);
                }
            }
        }
    }

    /// <summary>
    /// No input object may reach itself through non-null, non-list fields only: no finite value
    /// could be written. Each cycle is reported once, at the type where the search entered it.
    /// </summary>
    private void CheckInputObjectCycles()
    {
        var visited = new HashSet<InputObjectType>();
        var path = new List<InputValueDefinition>();
        var pathIndexByType = new Dictionary<InputObjectType, int>();
        foreach (var input in types.OfType<InputObjectType>())
        {
            Visit(input);
        }

        void Visit(InputObjectType input)
        {
            if (!visited.Add(input))
            {
                return;
            }

            pathIndexByType[input] = path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                {
                    continue;
                }

                path.Add(field);
                if (pathIndexByType.TryGetValue(fieldType, out var cycleStart))
                {
                    var cycle = string.Join('.', path.Skip(cycleStart).Select(step => step.Name));
                    Error($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{cycle}\".", fieldType.Name);
                }
                else
                {
                    Visit(fieldType);
                }

                path.RemoveAt(path.Count - 1);
            }

            pathIndexByType.Remove(input);
        }
    }
}
