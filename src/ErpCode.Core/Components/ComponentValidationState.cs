namespace ErpCode.Core.Components;

/// <summary>Where a component's source stands. Only validated source runs.</summary>
public enum ComponentValidationState
{
    /// <summary>Saved but never compiled cleanly; nothing of it runs.</summary>
    Draft,

    /// <summary>The saved source compiled and passed the sandbox; it is the source that runs.</summary>
    Validated,

    /// <summary>The saved source does not compile; the last validated source keeps running.</summary>
    Modified,

    /// <summary>Switched off by a consultant; nothing of it runs.</summary>
    Invalidated,
}
