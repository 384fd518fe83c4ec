namespace ErpCode.Scripting.Sandbox;

/// <summary>Why a denied type or member is denied: picks the diagnostic that explains the rejection.</summary>
internal enum SandboxCategory
{
    /// <summary>Not on the allow-list, or denied without a stated reason.</summary>
    NotAllowed,
    Reflection,
    FileSystem,
    Network,
    Process,
    Threading,
    Async,
    Environment,
    Runtime,
    Console,
    Interop,
    Unsafe,
    Dynamic,
    Budget,
    OutsideBudget,
    RegexTimeout,
    Expressions,
}
