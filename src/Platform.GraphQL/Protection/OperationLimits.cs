namespace Platform.GraphQL.Protection;

/// <summary>
/// The limits <see cref="OperationAnalyzer"/> checks an operation against before it runs. The
/// defaults admit any realistic client operation; they stop documents built to exhaust the server.
/// </summary>
public sealed record OperationLimits
{
    /// <summary>The defaults: depth 15, 30 aliases, cost 5,000, introspection allowed.</summary>
    public static OperationLimits Default { get; } = new();

    /// <summary>How deeply fields may nest (a root field is at depth 1), counting through fragments. Default 15.</summary>
    public int MaxDepth
    {
        get;
        init => field = Positive(value, nameof(MaxDepth));
    } = 15;

    /// <summary>How many aliased fields the operation may have, counting each fragment once per spread. Default 30.</summary>
    public int MaxAliases
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxAliases), value, "MaxAliases must not be negative.");
    } = 30;

    /// <summary>The highest cost an operation may have; see <see cref="OperationAnalyzer"/> for how cost is computed. Default 5,000.</summary>
    public long MaxCost
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxCost), value, "MaxCost must be positive.");
    } = 5_000;

    /// <summary>The cost of a field without an entry in <see cref="FieldWeights"/>. Default 1.</summary>
    public int DefaultFieldCost
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(DefaultFieldCost), value, "DefaultFieldCost must not be negative.");
    } = 1;

    /// <summary>How many items a list field is assumed to return when it has no <c>first</c> or <c>last</c> argument. Default 10.</summary>
    public int DefaultListSize
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(DefaultListSize), value, "DefaultListSize must not be negative.");
    } = 10;

    /// <summary>The cost of particular fields by schema coordinate (<c>"Patient.journeys"</c>), for fields dearer (or cheaper) than the default.</summary>
    public IReadOnlyDictionary<string, int> FieldWeights { get; init; } = new Dictionary<string, int>();

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried; <c>__typename</c> is always allowed. Default true.</summary>
    public bool AllowIntrospection { get; init; } = true;

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
}
