using System.Collections.Frozen;

namespace Platform.GraphQL.Types;

/// <summary>
/// Names of the directives every schema has: <c>@skip</c> and <c>@include</c> (executable),
/// <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> (type system). Their definitions are
/// in <see cref="Schema.Directives"/>; a schema document may repeat one only with the same locations.
/// </summary>
public static class BuiltInDirectives
{
    /// <summary><c>@skip(if: Boolean!)</c> on fields and fragments.</summary>
    public const string Skip = "skip";

    /// <summary><c>@include(if: Boolean!)</c> on fields and fragments.</summary>
    public const string Include = "include";

    /// <summary><c>@deprecated(reason: String! = "No longer supported")</c>.</summary>
    public const string Deprecated = "deprecated";

    /// <summary><c>@specifiedBy(url: String!)</c> on scalars.</summary>
    public const string SpecifiedBy = "specifiedBy";

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public const string OneOf = "oneOf";

    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    private static readonly FrozenSet<string> _names = FrozenSet.Create(StringComparer.Ordinal, Skip, Include, Deprecated, SpecifiedBy, OneOf);

    /// <summary>Whether <paramref name="name"/> (without the <c>@</c>) names a built-in directive.</summary>
    public static bool IsBuiltIn(string name) => _names.Contains(name);
}
