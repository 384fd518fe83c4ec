namespace ErpCode.Scripting;

/// <summary>The user on whose behalf the code runs.</summary>
public interface IScriptUser
{
    string Name { get; }

    IReadOnlyList<string> Roles { get; }

    bool IsInRole(string role);
}
