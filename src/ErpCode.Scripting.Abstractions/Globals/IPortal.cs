namespace ErpCode.Scripting;

/// <summary>
/// The documents of the site, reached with the calling user's permissions. Nothing else of the host is
/// reachable from stored code.
/// </summary>
public interface IPortal
{
    /// <summary>The document, or null when it does not exist or the user may not see it.</summary>
    IDocumentAccess? Find(string collection, string id);

    /// <summary>The documents whose property equals the value, sorted by id, at most <paramref name="take"/>.</summary>
    IReadOnlyList<IDocumentAccess> Query(string collection, string property, object? equals, int take = 100);

    /// <summary>Creates a document and returns it as stored.</summary>
    IDocumentAccess Create(string collection, string id, string? type, IReadOnlyDictionary<string, object?> properties);

    /// <summary>
    /// Changes the document as it is now: given properties replace stored ones, null clears one. Validated and saved as
    /// any change (hooks, history); refused when the user may not modify it.
    /// </summary>
    IDocumentAccess Update(string collection, string id, IReadOnlyDictionary<string, object?> properties);

    /// <summary>Deletes the document as it is now; refused when the user may not delete it or other documents refer to it.</summary>
    void Delete(string collection, string id);

    /// <summary>Calls a business method the document's class exposes, with arguments by parameter name; returns what it returns.</summary>
    object? Call(string collection, string id, string method, IReadOnlyDictionary<string, object?>? arguments = null);

    /// <summary>
    /// Fires a workflow transition on the document as it is now (transitions triggered by methods included, which users
    /// cannot fire) and returns the document after it. A refused transition throws with the reason.
    /// </summary>
    IDocumentAccess Fire(string collection, string id, string transition, string? comment = null);
}
