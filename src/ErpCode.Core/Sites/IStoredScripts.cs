using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Sites;

/// <summary>
/// The Script components of one runtime snapshot, as workflows run them (before and after a transition). Implemented
/// by the scripting layer; every run is under the Script budget, and stored code that throws comes back as an
/// <see cref="Errors.ErpCodeException"/> whose message is the script's own (the message a refused user reads).
/// </summary>
public interface IStoredScripts
{
    /// <summary>True when the snapshot runs a Script component named <paramref name="script"/>.</summary>
    bool Exists(string script);

    /// <summary>Runs <paramref name="script"/> on the document with the parameters; returns the document as the script left it.</summary>
    DocumentValue Run(string script, BusinessCall call, DocumentValue document, IReadOnlyDictionary<string, object?> parameters);
}
