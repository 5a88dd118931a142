using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Reads what the type-system built-in directives say where they are applied.</summary>
internal static class AppliedDirectives
{
    public static DirectiveNode? Find(ImmutableArray<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>The <c>@deprecated</c> reason; its default when none is written (a reason of the wrong type is reported by validation).</summary>
    public static string? DeprecationReason(ImmutableArray<DirectiveNode> directives) =>
        Find(directives, BuiltInDirectives.Deprecated) is { } deprecated
            ? StringArgument(deprecated, "reason") ?? BuiltInDirectives.DefaultDeprecationReason
            : null;

    public static string? SpecifiedByUrl(ImmutableArray<DirectiveNode> directives) =>
        Find(directives, BuiltInDirectives.SpecifiedBy) is { } specifiedBy ? StringArgument(specifiedBy, "url") : null;

    public static bool IsOneOf(ImmutableArray<DirectiveNode> directives) => Find(directives, BuiltInDirectives.OneOf) is not null;

    private static string? StringArgument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return (argument.Value as StringValueNode)?.Value;
            }
        }

        return null;
    }
}
