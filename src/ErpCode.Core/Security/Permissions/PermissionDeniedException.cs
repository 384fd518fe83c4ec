using ErpCode.Core.Errors;

namespace ErpCode.Core.Security.Permissions;

/// <summary>
/// The caller does not hold <see cref="Permission"/> on <see cref="Target"/> (a document such as <c>SaleOrder SO-1</c>,
/// or a part of the site such as <c>Component Invoice</c>). Nothing changed; the denial is in the audit log.
/// </summary>
public sealed class PermissionDeniedException : ErpCodeException
{
    public PermissionDeniedException(string user, string permission, string target, string? reason = null)
        : base(ErpCodeErrorCodes.PermissionDenied, $"{user} may not do this on {target}: {reason ?? $"it needs the permission {permission}"}. Nothing changed.")
    {
        User = user;
        Permission = permission;
        Target = target;
    }

    public string User { get; }

    public string Permission { get; }

    public string Target { get; }
}
