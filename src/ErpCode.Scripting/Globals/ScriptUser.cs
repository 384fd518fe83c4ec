namespace ErpCode.Scripting.Globals;

/// <summary>The user stored code runs for.</summary>
public sealed class ScriptUser(string name, IReadOnlyList<string> roles) : IScriptUser
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Roles { get; } = roles;

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
