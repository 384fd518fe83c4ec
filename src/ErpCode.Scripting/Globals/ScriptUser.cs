using ErpCode.Core.Security;

namespace ErpCode.Scripting.Globals;

/// <summary>
/// The user stored code runs for, as stored code sees them (name and roles), over the full <see cref="Caller"/> of the
/// call (groups included), which is what the portal acts as.
/// </summary>
public sealed class ScriptUser : IScriptUser
{
    public ScriptUser(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Caller = caller;
        Roles = caller.Roles;
    }

    /// <summary>A user with no groups, for hosts and tests that have no <see cref="Core.Security.Caller"/>.</summary>
    public ScriptUser(string name, IReadOnlyList<string> roles)
        : this(new Caller(name, [.. roles]))
    {
    }

    /// <summary>The caller the portal acts as.</summary>
    public Caller Caller { get; }

    public string Name => Caller.Name;

    public IReadOnlyList<string> Roles { get; }

    public bool IsInRole(string role) => Caller.IsInRole(role);
}
