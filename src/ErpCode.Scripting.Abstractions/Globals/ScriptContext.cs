namespace ErpCode.Scripting;

/// <summary>Everything stored code may reach besides its document: the portal, the user, a log, a clock and the call's parameters.</summary>
public sealed class ScriptContext(IPortal portal, IScriptUser user, IScriptLog log, IClock clock, IReadOnlyDictionary<string, object?> parameters)
{
    public IPortal Portal { get; } = portal;

    public IScriptUser User { get; } = user;

    public IScriptLog Log { get; } = log;

    public IClock Clock { get; } = clock;

    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;
}
