using ErpCode.Core.Security;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;

namespace ErpCode.Core.Documents;

/// <summary>Rights: what a caller may do with a document, asked before trying (a form shown read-only, a button left out).</summary>
public sealed partial class DocumentService
{
    /// <summary>
    /// What <paramref name="caller"/> may do with <paramref name="document"/> in its current state (its workflow states,
    /// its owner and local roles), or with a new document of <paramref name="portalType"/> when it is null. The answer
    /// is the one <see cref="UpdateAsync"/>, <see cref="DeleteAsync"/> and <see cref="CreateAsync"/> give at this
    /// revision; they still check again, since the document or the definitions may change meanwhile.
    /// </summary>
    /// <exception cref="UnknownPortalTypeException">The type does not exist at the running revision.</exception>
    public DocumentRights Rights(string portalType, BusinessDocument? document, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        var create = DocumentPermissions.Holds(lease.Types, type, null, caller, SitePermissions.Add);
        if (document is null)
        {
            return new DocumentRights(create, Modify: false, Delete: false);
        }

        // The service's view of a document keeps what the rule reads: the state variables, the owner and the local roles.
        var body = document.Properties;
        return new DocumentRights(
            create,
            DocumentPermissions.Holds(lease.Types, type, body, caller, SitePermissions.Modify),
            DocumentPermissions.Holds(lease.Types, type, body, caller, SitePermissions.Delete));
    }
}
