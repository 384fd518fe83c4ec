namespace ErpCode.Scripting;

/// <summary>
/// The base of every Document component: the behaviour of a portal type. ErpCode creates one instance per call,
/// bound to the document and the caller's context; methods marked <see cref="ExposedAttribute"/> become actions.
/// Override <see cref="BeforeSave"/>, <see cref="Check"/> and <see cref="AfterSave"/> to take part in saving.
/// </summary>
public abstract class DocumentClass
{
    private IDocumentAccess? _document;
    private ScriptContext? _context;

    /// <summary>The document this instance works on.</summary>
    protected IDocumentAccess Document => _document ?? throw new InvalidOperationException("The document class is not bound to a document.");

    /// <summary>The portal, the user, the log, the clock and the call's parameters.</summary>
    protected ScriptContext Context => _context ?? throw new InvalidOperationException("The document class is not bound to a context.");

    /// <summary>True while the document is being created (its first save); false for later saves and other calls.</summary>
    protected bool IsNew { get; private set; }

    /// <summary>
    /// Runs before every save, after defaults and before validation: change the document through
    /// <see cref="IDocumentAccess.Set"/> and the change is saved. Does nothing unless overridden.
    /// </summary>
    protected virtual void BeforeSave()
    {
    }

    /// <summary>
    /// Runs after <see cref="BeforeSave"/>: report why the document cannot be saved through <paramref name="checks"/>;
    /// every failure is reported together with the type's own validation. Does nothing unless overridden.
    /// </summary>
    protected virtual void Check(DocumentChecks checks)
    {
    }

    /// <summary>
    /// Runs after the document was written, in the same transaction: what it writes through the portal commits or
    /// rolls back with the document. Changes to <see cref="Document"/> are not saved. Does nothing unless overridden.
    /// </summary>
    protected virtual void AfterSave()
    {
    }

    internal void Bind(IDocumentAccess document, ScriptContext context, bool isNew = false)
    {
        _document = document;
        _context = context;
        IsNew = isNew;
    }

    internal void RunBeforeSave() => BeforeSave();

    internal void RunCheck(DocumentChecks checks) => Check(checks);

    internal void RunAfterSave() => AfterSave();
}
