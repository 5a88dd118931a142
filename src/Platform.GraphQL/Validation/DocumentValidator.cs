using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Checks an executable document against a schema by every rule of the specification's Validation
/// section (September 2025 edition), plus graphql-js's introspection depth limit. All rules run in
/// one walk of the document. Messages and locations follow graphql-js 16; the rule behind each
/// error is in <see cref="ValidationError.Rule"/>. A validator holds no per-document state: share
/// one per schema between threads.
/// </summary>
/// <example>
/// <code>
/// var errors = new DocumentValidator(schema).Validate(Parser.Parse(request.Query));
/// if (errors.Count > 0) { /* respond with the errors; do not execute */ }
/// </code>
/// </example>
/// <param name="schema">The schema documents are validated against.</param>
/// <param name="options">The error limit and whether to suggest names; <see cref="ValidationOptions.Default"/> when null.</param>
public sealed class DocumentValidator(Schema schema, ValidationOptions? options = null)
{
    private readonly Schema _schema = schema ?? throw new ArgumentNullException(nameof(schema));
    private readonly ValidationOptions _options = options ?? ValidationOptions.Default;

    /// <summary>Validates <paramref name="document"/> against <paramref name="schema"/> with the given or default options.</summary>
    /// <returns>The errors in the order found; empty when the document is valid.</returns>
    public static IReadOnlyList<ValidationError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null) =>
        new DocumentValidator(schema, options).Validate(document);

    /// <summary>
    /// Validates <paramref name="document"/>. At most <see cref="ValidationOptions.MaxErrors"/> errors are
    /// collected; when there are more, validation stops and a last <see cref="ValidationRuleNames.ErrorLimit"/> error says so.
    /// </summary>
    /// <returns>The errors in the order found; empty when the document is valid.</returns>
    public IReadOnlyList<ValidationError> Validate(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ValidationContext(_schema, document, _options);
        try
        {
            new DocumentWalker(context, RulePlan.CreateRules()).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The context has recorded why it stopped; the errors before it stand.
        }
        catch (InsufficientExecutionStackException)
        {
            context.RecordTooComplex();
        }

        return context.Errors;
    }
}
