using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// A scalar or enum: a type whose values are leaves of a response and plain input values.
/// The three coercions never see null: callers handle null (and variables inside literals) first.
/// Each throws <see cref="CoercionException"/> with a message fit for the client.
/// </summary>
public abstract class LeafType : NamedType
{
    private protected LeafType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>
    /// Result coercion: turns what a resolver returned into a value the response writer can
    /// write as JSON (a string, number or boolean for the built-in scalars).
    /// </summary>
    /// <exception cref="CoercionException">The value cannot be represented by this type.</exception>
    public abstract object Serialize(object value);

    /// <summary>
    /// Input coercion of a variable value: a JSON value as the transport decoded it, either a
    /// CLR primitive (string, bool, a numeric type) or a <see cref="System.Text.Json.JsonElement"/>.
    /// </summary>
    /// <exception cref="CoercionException">The value is not a valid input for this type.</exception>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a literal written in a document; never a variable or <c>null</c>.</summary>
    /// <exception cref="CoercionException">The literal is not a valid input for this type.</exception>
    public abstract object ParseLiteral(ValueNode literal);
}
