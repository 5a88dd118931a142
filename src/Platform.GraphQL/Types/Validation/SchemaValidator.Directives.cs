using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Directive definitions, and directives applied anywhere in the schema.</summary>
internal sealed partial class SchemaValidator
{
    private void CheckDirectiveDefinition(DirectiveDefinition directive)
    {
        var coordinate = "@" + directive.Name;
        CheckName(directive.Name, coordinate);

        foreach (var argument in directive.Arguments)
        {
            CheckArgument(argument, "argument");
        }

        if (FindSelfReference(directive) is { } place)
        {
            Error($"Directive {coordinate} cannot reference itself: it is applied to {place}, which its own arguments use.", coordinate);
        }
    }

    /// <summary>Where the directive is applied among its own arguments or the input fields they reach; null when nowhere.</summary>
    private static string? FindSelfReference(DirectiveDefinition directive)
    {
        var seen = new HashSet<InputObjectType>();
        var pending = new Queue<InputValueDefinition>(directive.Arguments);
        while (pending.TryDequeue(out var value))
        {
            if (AppliedDirectives.Find(value.AppliedDirectives, directive.Name) is not null)
            {
                return value.Coordinate;
            }

            if (value.Type.GetNamedType() is InputObjectType input && seen.Add(input))
            {
                if (AppliedDirectives.Find(input.AppliedDirectives, directive.Name) is not null)
                {
                    return input.Name;
                }

                foreach (var field in input.Fields)
                {
                    pending.Enqueue(field);
                }
            }
        }

        return null;
    }

    private void CheckAppliedDirectives(ImmutableArray<DirectiveNode> applied, DirectiveLocation location, string coordinate)
    {
        if (applied.IsEmpty)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in applied)
        {
            var name = node.Name.Value;
            if (!_directivesByName.TryGetValue(name, out var directive))
            {
                Error($"Unknown directive \"@{name}\" on {coordinate}.", coordinate);
                continue;
            }

            if (!directive.IsAllowedAt(location))
            {
                Error($"Directive \"@{name}\" may not be used on {location.ToGraphQLName()} ({coordinate}).", coordinate);
            }

            if (!directive.IsRepeatable && !seen.Add(name))
            {
                Error($"The directive \"@{name}\" can only be used once at {coordinate}.", coordinate);
            }

            CheckAppliedArguments(node, directive, coordinate);
        }
    }

    private void CheckAppliedArguments(DirectiveNode node, DirectiveDefinition directive, string coordinate)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            var definition = directive.FindArgument(name);
            if (definition is null)
            {
                Error($"Unknown argument \"{name}\" on directive \"@{directive.Name}\" ({coordinate}).", coordinate);
            }
            else if (!given.Add(name))
            {
                Error($"There can be only one argument named \"{name}\" ({coordinate}, @{directive.Name}).", coordinate);
            }
            else if (LiteralChecker.FindProblem(argument.Value, definition.Type) is { } problem)
            {
                Error($"Invalid value for {definition.Coordinate} on {coordinate}: {problem}", coordinate);
            }
        }

        foreach (var definition in directive.Arguments)
        {
            if (definition.IsRequired && !given.Contains(definition.Name))
            {
                Error(
                    $"Directive \"@{directive.Name}\" argument \"{definition.Name}\" of type \"{definition.Type}\" is required, but it was not provided ({coordinate}).",
                    coordinate);
            }
        }
    }
}
