using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Sites;

/// <summary>
/// The Script components of one runtime snapshot, as workflows run them (before and after a transition) and as actions
/// of the site. Implemented
/// by the scripting layer; every run is under the Script budget, and stored code that throws comes back as an
/// <see cref="Errors.ErpCodeException"/> whose message is the script's own (the message a refused user reads).
/// </summary>
public interface IStoredScripts
{
    /// <summary>True when the snapshot runs a Script component named <paramref name="script"/>.</summary>
    bool Exists(string script);

    /// <summary>Runs <paramref name="script"/> on the document with the parameters; returns the document as the script left it.</summary>
    DocumentValue Run(string script, BusinessCall call, DocumentValue document, IReadOnlyDictionary<string, object?> parameters);

    /// <summary>The actions of the site at this snapshot: the running Script components declared as one, by name (ordinal order).</summary>
    IReadOnlyDictionary<string, SiteAction> Actions { get; }

    /// <summary>
    /// Runs the site action <paramref name="script"/> for <paramref name="caller"/>, on no document, with
    /// <paramref name="arguments"/> (checked against its parameters) as its <c>Parameters</c>; returns the value it
    /// returned, as stored (null for none).
    /// </summary>
    DocValue RunAction(string script, Caller caller, IReadOnlyDictionary<string, DocValue> arguments, CancellationToken cancellationToken = default);
}
