using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Sites;

/// <summary>
/// The behaviour business classes (Document components) give documents, as one runtime snapshot runs them.
/// Implemented by the scripting layer; every call runs under the Document budget, and a failure of the stored code
/// comes back as an <see cref="Errors.ErpCodeException"/> naming the component and line.
/// </summary>
public interface IBusinessClasses
{
    /// <summary>True when the snapshot runs a Document component named <paramref name="businessClass"/>.</summary>
    bool Exists(string businessClass);

    /// <summary>
    /// Runs the class's <c>BeforeSave</c> hook, then its <c>Check</c>, on the document about to be saved. Returns
    /// the document as the hook left it; failures the class reports are added to <paramref name="errors"/>.
    /// </summary>
    DocumentValue BeforeSave(string businessClass, BusinessCall call, DocumentValue document, ICollection<ValidationError> errors);

    /// <summary>Runs the class's <c>AfterSave</c> hook on the document as saved (inside the same transaction).</summary>
    void AfterSave(string businessClass, BusinessCall call, DocumentValue document);

    /// <summary>The business methods the class exposes; empty when the snapshot runs no such class.</summary>
    IReadOnlyList<BusinessMethod> Methods(string businessClass);

    /// <summary>
    /// Calls the exposed method <paramref name="method"/> on a new instance bound to the document, with arguments already
    /// of the parameters' types (in order; <see cref="DocValue.Null"/> for an omitted optional one).
    /// </summary>
    BusinessMethodResult Call(string businessClass, string method, BusinessCall call, DocumentValue document, IReadOnlyList<DocValue> arguments);
}
