using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Values;
using Microsoft.Extensions.Logging;

namespace ErpCode.Scripting.Globals;

/// <summary>Makes what stored code may reach for one call: the portal, the user, a log, the clock and the parameters.</summary>
public sealed class ScriptContextFactory(IDocumentStore store, TimeProvider time, ILoggerFactory loggers)
{
    public ScriptContext Create(IScriptUser user, string component, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        new(
            new StorePortal(store, cancellationToken),
            user,
            new HostScriptLog(loggers.CreateLogger("ErpCode.StoredCode"), component),
            new SiteClock(time),
            parameters ?? new Dictionary<string, object?>());

    /// <summary>A document as stored code sees it, from its stored body.</summary>
    public static IDocumentAccess Document(string id, string? type, DocumentValue body) => new DocumentAccess(id, type, body);

    /// <summary>The body after stored code changed the document through <see cref="IDocumentAccess.Set"/>.</summary>
    public static DocumentValue BodyOf(IDocumentAccess document) =>
        document is DocumentAccess access ? access.Body : throw new ArgumentException("The document was not made by ErpCode.", nameof(document));
}
