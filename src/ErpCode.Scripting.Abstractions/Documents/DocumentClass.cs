namespace ErpCode.Scripting;

/// <summary>
/// The base of every Document component: the behaviour of a portal type. ErpCode creates one instance per call,
/// bound to the document and the caller's context; methods marked <see cref="ExposedAttribute"/> become actions.
/// </summary>
public abstract class DocumentClass
{
    private IDocumentAccess? _document;
    private ScriptContext? _context;

    /// <summary>The document this instance works on.</summary>
    protected IDocumentAccess Document => _document ?? throw new InvalidOperationException("The document class is not bound to a document.");

    /// <summary>The portal, the user, the log, the clock and the call's parameters.</summary>
    protected ScriptContext Context => _context ?? throw new InvalidOperationException("The document class is not bound to a context.");

    internal void Bind(IDocumentAccess document, ScriptContext context)
    {
        _document = document;
        _context = context;
    }
}
