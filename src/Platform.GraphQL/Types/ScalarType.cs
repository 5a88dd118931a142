using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// A scalar type. Subclass it to define a custom scalar: implement the three coercions of
/// <see cref="LeafType"/> and pass the name, description and specification URL to the constructor;
/// then give an instance to <see cref="SchemaBuilder.AddScalar"/>. The built-in ones are in
/// <see cref="BuiltInScalars"/>. Implementations must be stateless (one instance may serve many schemas).
/// </summary>
public abstract class ScalarType : LeafType
{
    /// <summary>Defines the scalar's name, documentation and the URL of the document that specifies its behaviour.</summary>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description) => SpecifiedByUrl = specifiedByUrl;

    /// <inheritdoc/>
    public sealed override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the specification of the scalar's format (<c>@specifiedBy</c>); null when there is none.</summary>
    public string? SpecifiedByUrl { get; private set; }

    /// <summary>Whether this is one of the five scalars the GraphQL specification defines (Int, Float, String, Boolean, ID).</summary>
    public bool IsSpecifiedScalar => BuiltInScalars.IsSpecified(this);

    /// <summary>
    /// A copy that carries what a schema document said about the scalar (description, applied
    /// directives, <c>@specifiedBy</c>); the coercions stay those of this instance.
    /// </summary>
    internal ScalarType WithDefinition(string? description, string? specifiedByUrl, ImmutableArray<DirectiveNode> directives)
    {
        var copy = (ScalarType)MemberwiseClone();
        copy.SetDefinition(description ?? Description, directives);
        copy.SpecifiedByUrl = specifiedByUrl ?? SpecifiedByUrl;
        return copy;
    }
}
