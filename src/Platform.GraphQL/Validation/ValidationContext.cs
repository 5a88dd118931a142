using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// What the rules of one validation share: the schema and document, the errors so far, and what
/// <see cref="DocumentWalker"/> knows about the node being visited (the walker sets those
/// properties; rules only read them). Fragment and variable bookkeeping is in the other part.
/// </summary>
internal sealed partial class ValidationContext
{
    private readonly List<ValidationError> _errors = [];
    private readonly int _maxErrors;

    public ValidationContext(Schema schema, DocumentNode document, ValidationOptions options)
    {
        Schema = schema;
        HideSuggestions = options.HideSuggestions;
        _maxErrors = options.MaxErrors;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                OperationCount++;
            }
            else if (definition is FragmentDefinitionNode fragment)
            {
                // A later definition of the same name wins, as in graphql-js; UniqueFragmentNames reports the clash.
                (_fragments ??= new(StringComparer.Ordinal))[fragment.Name.Value] = fragment;
            }
        }
    }

    public Schema Schema { get; }

    public bool HideSuggestions { get; }

    public int OperationCount { get; }

    /// <summary>The errors so far, copied out so a cached result cannot be changed through a cast.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors.Count == 0 ? [] : _errors.ToArray();

    /// <summary>The operation or fragment being walked.</summary>
    public ExecutableDefinitionNode? Definition { get; set; }

    /// <summary>The composite type of the enclosing selection set; null when unknown or not composite.</summary>
    public NamedType? ParentType { get; set; }

    /// <summary>The output type of the current field, fragment or operation root; null when unknown.</summary>
    public GraphQLType? Type { get; set; }

    /// <summary>The definition of the field being walked (meta-fields included); null when unknown.</summary>
    public FieldDefinition? FieldDefinition { get; set; }

    /// <summary>The definition of the directive being walked; null outside directives or when unknown.</summary>
    public DirectiveDefinition? Directive { get; set; }

    /// <summary>Whether the walk is inside a directive (known or not), where arguments belong to the directive, not the field.</summary>
    public bool InDirective { get; set; }

    /// <summary>The definition of the argument being walked; null when unknown.</summary>
    public InputValueDefinition? Argument { get; set; }

    /// <summary>The input type expected where the current value stands; null when unknown.</summary>
    public GraphQLType? InputType { get; set; }

    /// <summary>
    /// The input type one level up: for an object field, the type of the object literal; for a list
    /// item, the type of the list literal.
    /// </summary>
    public GraphQLType? ParentInputType { get; set; }

    /// <summary>Whether the argument or input field where the current value stands has a default.</summary>
    public bool LocationHasDefault { get; set; }

    /// <summary>The type a type reference denotes in the schema; null when its named type is unknown.</summary>
    public GraphQLType? TypeFromSyntax(TypeNode type) => type switch
    {
        NamedTypeNode named => Schema.FindType(named.Name.Value),
        ListTypeNode list => TypeFromSyntax(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromSyntax(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>Adds an error of <paramref name="rule"/> located at <paramref name="nodes"/>, in that order.</summary>
    /// <exception cref="ValidationAbortedException">The error limit was already reached.</exception>
    public void Report(ValidationRule rule, string message, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new ValidationError(
                ValidationRuleNames.ErrorLimit, "Too many validation errors, error limit reached. Validation aborted.", []));
            throw new ValidationAbortedException();
        }

        var locations = ImmutableArray.CreateBuilder<ErrorLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        _errors.Add(new ValidationError(rule.Name, message, locations.DrainToImmutable()));
    }

    /// <summary>Ends validation of a document too costly to validate, as graphql-js does, keeping the errors found so far.</summary>
    [DoesNotReturn]
    public void AbortTooComplex()
    {
        RecordTooComplex();
        throw new ValidationAbortedException();
    }

    /// <summary>Adds the error that says validation was given up (the walk has already unwound).</summary>
    public void RecordTooComplex() => _errors.Add(new ValidationError(ValidationRuleNames.ComplexityLimit, "Validation aborted.", []));
}

/// <summary>Unwinds the walk once the error limit is reached; caught by <see cref="DocumentValidator"/>.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation stopped early: too many errors, or too costly a document.")
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
