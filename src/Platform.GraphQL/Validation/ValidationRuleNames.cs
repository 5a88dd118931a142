namespace Platform.GraphQL.Validation;

/// <summary>
/// The names <see cref="ValidationError.Rule"/> carries: one per rule of the specification's
/// Validation section (named as graphql-js names them, without the "Rule" suffix), plus
/// graphql-js's introspection depth limit and the error limit. They never change, so callers may
/// match on them.
/// </summary>
public static class ValidationRuleNames
{
    /// <summary>Only operations and fragments may appear in an executable document.</summary>
    public const string ExecutableDefinitions = nameof(ExecutableDefinitions);

    /// <summary>The schema has a root type for the operation's kind (query, mutation, subscription).</summary>
    public const string OperationTypeExistence = nameof(OperationTypeExistence);

    /// <summary>No two operations share a name.</summary>
    public const string UniqueOperationNames = nameof(UniqueOperationNames);

    /// <summary>An anonymous operation is the only operation in the document.</summary>
    public const string LoneAnonymousOperation = nameof(LoneAnonymousOperation);

    /// <summary>A subscription selects exactly one root field, not an introspection field, without <c>@skip</c> or <c>@include</c>.</summary>
    public const string SingleFieldSubscriptions = nameof(SingleFieldSubscriptions);

    /// <summary>Every type named (variable types, type conditions) exists in the schema.</summary>
    public const string KnownTypeNames = nameof(KnownTypeNames);

    /// <summary>Fragments apply only to object, interface and union types.</summary>
    public const string FragmentsOnCompositeTypes = nameof(FragmentsOnCompositeTypes);

    /// <summary>Variables are of input types.</summary>
    public const string VariablesAreInputTypes = nameof(VariablesAreInputTypes);

    /// <summary>Leaf fields have no selection set; composite fields have one.</summary>
    public const string ScalarLeafs = nameof(ScalarLeafs);

    /// <summary>Every field selected is defined on the type it is selected on.</summary>
    public const string FieldsOnCorrectType = nameof(FieldsOnCorrectType);

    /// <summary>No two fragments share a name.</summary>
    public const string UniqueFragmentNames = nameof(UniqueFragmentNames);

    /// <summary>Every fragment spread names a fragment defined in the document.</summary>
    public const string KnownFragmentNames = nameof(KnownFragmentNames);

    /// <summary>Every fragment is spread by some operation.</summary>
    public const string NoUnusedFragments = nameof(NoUnusedFragments);

    /// <summary>A fragment is spread only where its type can apply.</summary>
    public const string PossibleFragmentSpreads = nameof(PossibleFragmentSpreads);

    /// <summary>Fragments do not spread themselves, directly or through others.</summary>
    public const string NoFragmentCycles = nameof(NoFragmentCycles);

    /// <summary>No two variables of an operation share a name.</summary>
    public const string UniqueVariableNames = nameof(UniqueVariableNames);

    /// <summary>Every variable used is defined by the operation.</summary>
    public const string NoUndefinedVariables = nameof(NoUndefinedVariables);

    /// <summary>Every variable an operation defines is used.</summary>
    public const string NoUnusedVariables = nameof(NoUnusedVariables);

    /// <summary>Every directive is defined and used where its definition allows.</summary>
    public const string KnownDirectives = nameof(KnownDirectives);

    /// <summary>A non-repeatable directive appears at most once per location.</summary>
    public const string UniqueDirectivesPerLocation = nameof(UniqueDirectivesPerLocation);

    /// <summary>Every argument is defined by its field or directive.</summary>
    public const string KnownArgumentNames = nameof(KnownArgumentNames);

    /// <summary>No argument is given twice.</summary>
    public const string UniqueArgumentNames = nameof(UniqueArgumentNames);

    /// <summary>Every literal is a valid value of the type where it stands, including OneOf input objects.</summary>
    public const string ValuesOfCorrectType = nameof(ValuesOfCorrectType);

    /// <summary>Every required argument of a field or directive is given.</summary>
    public const string ProvidedRequiredArguments = nameof(ProvidedRequiredArguments);

    /// <summary>Every variable is used where its type is allowed.</summary>
    public const string VariablesInAllowedPosition = nameof(VariablesInAllowedPosition);

    /// <summary>Fields with the same response name can be merged into one.</summary>
    public const string OverlappingFieldsCanBeMerged = nameof(OverlappingFieldsCanBeMerged);

    /// <summary>No input object literal gives a field twice.</summary>
    public const string UniqueInputFieldNames = nameof(UniqueInputFieldNames);

    /// <summary>Introspection does not nest <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> or <c>inputFields</c> three deep (graphql-js's limit).</summary>
    public const string MaxIntrospectionDepth = nameof(MaxIntrospectionDepth);

    /// <summary>The last error of a document that had more than <see cref="ValidationOptions.MaxErrors"/> errors.</summary>
    public const string ErrorLimit = nameof(ErrorLimit);

    /// <summary>
    /// The last error of a document too costly to validate: field merging over a budget of
    /// comparisons (the same as graphql-js's), or fragments nested beyond what the thread's stack allows.
    /// </summary>
    public const string ComplexityLimit = nameof(ComplexityLimit);
}
