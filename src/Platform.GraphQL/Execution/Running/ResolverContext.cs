using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>What the executor hands a resolver (or a type resolver).</summary>
internal sealed class ResolverContext(ExecutionRun run, FieldPlan fieldPlan, object? parent, ArgumentValues arguments)
    : IResolverContext, IDataLoaderScopeSource
{
    public Schema Schema => run.Schema;

    public ObjectType ParentType => fieldPlan.ParentType;

    public FieldDefinition Field => fieldPlan.Definition;

    public object? Parent => parent;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public IServiceProvider Services => run.Services;

    public CancellationToken CancellationToken => run.CancellationToken;

    public DataLoaderScope DataLoaderScope => run.Scope;
}
