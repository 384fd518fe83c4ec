using System.Collections.Immutable;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;

namespace ErpCode.Portal.Consultant.Shared;

/// <summary>The site permissions that open the consultant pages; the services check them again on every call.</summary>
public static class ConsultantPermissions
{
    public static ImmutableArray<string> All { get; } =
        [SitePermissions.ManageTypes, SitePermissions.ManageWorkflows, SitePermissions.ManageCode, SitePermissions.ManageTemplates];

    /// <summary>The consultant permissions <paramref name="caller"/> holds at the running revision.</summary>
    public static ImmutableHashSet<string> HeldBy(SecurityPolicy policy, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return [.. All.Where(p => policy.Holds(caller, p))];
    }
}
