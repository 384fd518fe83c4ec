namespace ErpCode.Scripting.Sandbox;

/// <summary>What the allow-list says about a type or member.</summary>
internal enum SandboxAccess
{
    /// <summary>Listed (itself, its type or its namespace) and not denied.</summary>
    Allowed,

    /// <summary>A type of which only listed members are allowed: it may be named, not derived from.</summary>
    MembersOnly,

    /// <summary>Denied by a '-' line.</summary>
    Denied,

    /// <summary>Not listed at all.</summary>
    NotListed,
}
