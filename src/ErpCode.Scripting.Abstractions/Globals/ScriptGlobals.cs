namespace ErpCode.Scripting;

/// <summary>
/// The globals of Script and Expression components: their top-level code reads these members unqualified
/// (<c>Document.GetDecimal("Total") &gt; 1000</c>).
/// </summary>
public sealed class ScriptGlobals(IDocumentAccess? document, ScriptContext context)
{
    /// <summary>The document the script or expression is bound to; null for site scripts.</summary>
    public IDocumentAccess? Document { get; } = document;

    public IPortal Portal => context.Portal;

    public IScriptUser User => context.User;

    public IScriptLog Log => context.Log;

    public IClock Clock => context.Clock;

    public IReadOnlyDictionary<string, object?> Parameters => context.Parameters;
}
