namespace ErpCode.Scripting.Sandbox;

/// <summary>The allow-list's answer for one symbol, with the category of the denial that applies.</summary>
internal readonly record struct SandboxVerdict(SandboxAccess Access, SandboxCategory Category)
{
    public static SandboxVerdict Allowed { get; } = new(SandboxAccess.Allowed, SandboxCategory.NotAllowed);

    public static SandboxVerdict MembersOnly { get; } = new(SandboxAccess.MembersOnly, SandboxCategory.NotAllowed);

    public static SandboxVerdict NotListed { get; } = new(SandboxAccess.NotListed, SandboxCategory.NotAllowed);

    public bool IsRejected => Access is SandboxAccess.Denied or SandboxAccess.NotListed;

    public static SandboxVerdict Denied(SandboxCategory category) => new(SandboxAccess.Denied, category);
}
