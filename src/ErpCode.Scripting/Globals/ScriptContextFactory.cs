using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Values;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErpCode.Scripting.Globals;

/// <summary>
/// Makes what stored code may reach for one call: the portal, the user, a log, the clock and the parameters. On a
/// site (built with a service provider that has the document service) the portal goes through the document service;
/// the code layer alone (no document service) reaches the store directly.
/// </summary>
public sealed class ScriptContextFactory
{
    private readonly IDocumentStore _store;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly IServiceProvider? _services;

    public ScriptContextFactory(IDocumentStore store, TimeProvider time, ILoggerFactory loggers)
        : this(store, time, loggers, null)
    {
    }

    /// <summary>
    /// The document service is looked up in <paramref name="services"/> on first use, not here: it depends on the site
    /// runtime, which depends on this factory.
    /// </summary>
    [ActivatorUtilitiesConstructor]
    public ScriptContextFactory(IDocumentStore store, TimeProvider time, ILoggerFactory loggers, IServiceProvider? services)
    {
        _store = store;
        _time = time;
        _loggers = loggers;
        _services = services;
    }

    /// <summary>
    /// The context of one call of <paramref name="component"/> for <paramref name="caller"/>: the portal acts as the
    /// caller, with their roles and groups and nothing more (the invoker adds the component's proxy roles).
    /// </summary>
    public ScriptContext Create(Caller caller, string component, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        Create(new ScriptUser(caller), component, parameters, cancellationToken);

    /// <summary>
    /// The context of one call for <paramref name="user"/>; the portal acts as their <see cref="ScriptUser.Caller"/>, or
    /// for another <see cref="IScriptUser"/>, as a caller with their name and roles and no groups.
    /// </summary>
    public ScriptContext Create(IScriptUser user, string component, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var caller = user is ScriptUser scriptUser ? scriptUser.Caller : new Caller(user.Name, [.. user.Roles]);
        return new(
            Portal(caller, cancellationToken),
            user,
            new HostScriptLog(_loggers.CreateLogger("ErpCode.StoredCode"), component),
            new SiteClock(_time),
            parameters ?? new Dictionary<string, object?>());
    }

    /// <summary>A document as stored code sees it, from its stored body.</summary>
    public static IDocumentAccess Document(string id, string? type, DocumentValue body) => new DocumentAccess(id, type, body);

    /// <summary>The body after stored code changed the document through <see cref="IDocumentAccess.Set"/>.</summary>
    public static DocumentValue BodyOf(IDocumentAccess document) =>
        document is DocumentAccess access ? access.Body : throw new ArgumentException("The document was not made by ErpCode.", nameof(document));

    /// <summary>
    /// <paramref name="context"/> for code that runs with <paramref name="proxyRoles"/>: its portal acts with them added
    /// to the caller's roles. The user stored code sees stays who asked. Without proxy roles, or on a host without the
    /// document service (whose portal checks nothing), the context itself.
    /// </summary>
    internal static ScriptContext WithProxyRoles(ScriptContext context, IReadOnlyCollection<string> proxyRoles) =>
        proxyRoles.Count > 0 && context.Portal is DocumentPortal portal
            ? new ScriptContext(portal.WithProxyRoles(proxyRoles), context.User, context.Log, context.Clock, context.Parameters)
            : context;

    private IPortal Portal(Caller caller, CancellationToken cancellationToken) =>
        _services?.GetService<DocumentService>() is { } documents
            ? new DocumentPortal(documents, caller, cancellationToken)
            : new StorePortal(_store, cancellationToken);
}
