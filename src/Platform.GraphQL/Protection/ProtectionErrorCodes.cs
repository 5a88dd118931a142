namespace Platform.GraphQL.Protection;

/// <summary>The <c>extensions.code</c> of the errors <see cref="OperationAnalyzer"/> raises; stable for clients.</summary>
public static class ProtectionErrorCodes
{
    /// <summary>Fields nest deeper than <see cref="OperationLimits.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation has more aliases than <see cref="OperationLimits.MaxAliases"/>.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The operation costs more than <see cref="OperationLimits.MaxCost"/>.</summary>
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";

    /// <summary>The operation selects <c>__schema</c> or <c>__type</c> while <see cref="OperationLimits.AllowIntrospection"/> is off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
