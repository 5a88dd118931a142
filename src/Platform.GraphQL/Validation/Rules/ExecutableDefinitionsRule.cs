using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Executable Definitions: a document sent for execution holds only operations and fragments.</summary>
internal sealed class ExecutableDefinitionsRule : ValidationRule
{
    public static readonly ExecutableDefinitionsRule Instance = new();

    public override string Name => ValidationRuleNames.ExecutableDefinitions;

    public override RuleHooks Hooks => RuleHooks.EnterDocument;

    public override void EnterDocument(ValidationContext context, DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "schema",
            };
            context.Report(this, $"The {name} definition is not executable.", definition);
        }
    }
}
