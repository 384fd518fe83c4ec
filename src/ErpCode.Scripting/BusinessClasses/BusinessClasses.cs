using ErpCode.Core.Components;
using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Values;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Snapshots;

namespace ErpCode.Scripting.BusinessClasses;

/// <summary>
/// The save hooks and business methods of the Document components of one leased snapshot. Each call makes a new instance of the class,
/// bound to the document and the caller, and runs it under the Document budget through <see cref="ComponentInvoker"/>;
/// stored code that throws or overruns comes back as a <see cref="StoredCodeException"/> naming the component and line.
/// The lease stays the caller's: this does not dispose it.
/// </summary>
internal sealed class BusinessClasses(SnapshotLease lease, ComponentInvoker invoker, ScriptContextFactory contexts) : IBusinessClasses, IStoredScripts
{
    bool IStoredScripts.Exists(string script) =>
        lease.Snapshot.Components.TryGetValue(script, out var component) && component.Script is not null;

    /// <exception cref="StoredCodeException">The script threw (a refusal: its message is what the user reads) or ran out of its budget.</exception>
    public DocumentValue Run(string script, BusinessCall call, DocumentValue document, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(call);
        var access = ScriptContextFactory.Document(call.DocumentId, call.PortalType, document);
        var context = contexts.Create(call.Caller, script, parameters, call.CancellationToken);
        invoker.RunScript(lease, script, access, context, call.CancellationToken);
        return ScriptContextFactory.BodyOf(access);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, SiteAction> Actions => lease.Snapshot.Actions;

    /// <inheritdoc />
    /// <exception cref="StoredCodeException">The script threw (a refusal: its message is what the user reads) or ran out of its budget.</exception>
    public DocValue RunAction(string script, Caller caller, IReadOnlyDictionary<string, DocValue> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var parameters = arguments.ToDictionary(a => a.Key, a => ClrValues.ToClr(a.Value), StringComparer.Ordinal);
        var context = contexts.Create(caller, script, parameters, cancellationToken);
        var value = invoker.RunScript(lease, script, document: null, context, cancellationToken);
        try
        {
            return ClrValues.FromClr(value, script);
        }
        catch (ArgumentException ex)
        {
            // What it returned has no stored form (a double, an object of its own): the script's fault, named as such.
            throw new StoredCodeException(lease.Snapshot.Components[script].Component.DisplayName, null, ex);
        }
    }

    /// <inheritdoc />
    public bool Exists(string businessClass) =>
        lease.Snapshot.Components.TryGetValue(businessClass, out var component) && component.DocumentType is not null;

    /// <inheritdoc />
    /// <exception cref="StoredCodeException">A hook threw or ran out of its budget.</exception>
    public DocumentValue BeforeSave(string businessClass, BusinessCall call, DocumentValue document, ICollection<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(errors);
        var access = ScriptContextFactory.Document(call.DocumentId, call.PortalType, document);
        var checks = new DocumentChecks();
        invoker.RunHook(lease, businessClass, access, Context(businessClass, call), call.IsNew, instance =>
        {
            instance.RunBeforeSave();
            instance.RunCheck(checks);
        }, call.CancellationToken);

        foreach (var failure in checks.Failures)
        {
            errors.Add(failure.Property is { } property
                ? new ValidationError(property, $"{property} {failure.Message}")
                : new ValidationError(string.Empty, failure.Message));
        }

        return ScriptContextFactory.BodyOf(access);
    }

    /// <inheritdoc />
    /// <exception cref="StoredCodeException">The hook threw or ran out of its budget.</exception>
    public void AfterSave(string businessClass, BusinessCall call, DocumentValue document)
    {
        ArgumentNullException.ThrowIfNull(call);
        var access = ScriptContextFactory.Document(call.DocumentId, call.PortalType, document);
        invoker.RunHook(lease, businessClass, access, Context(businessClass, call), call.IsNew, instance => instance.RunAfterSave(), call.CancellationToken);
    }

    /// <inheritdoc />
    public IReadOnlyList<BusinessMethod> Methods(string businessClass) =>
        lease.Snapshot.Components.TryGetValue(businessClass, out var component) && component.DocumentType is not null ? component.ExposedMethods : [];

    /// <inheritdoc />
    /// <exception cref="StoredCodeException">The method threw or ran out of its budget.</exception>
    public BusinessMethodResult Call(string businessClass, string method, BusinessCall call, DocumentValue document, IReadOnlyList<DocValue> arguments)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(arguments);
        var access = ScriptContextFactory.Document(call.DocumentId, call.PortalType, document);
        var value = invoker.CallExposed(lease, businessClass, method, access, Context(businessClass, call), arguments, call.CancellationToken);
        return new BusinessMethodResult(ScriptContextFactory.BodyOf(access), ClrValues.FromClr(value, method));
    }

    private ScriptContext Context(string businessClass, BusinessCall call) =>
        contexts.Create(call.Caller, businessClass, null, call.CancellationToken);
}
