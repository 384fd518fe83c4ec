using ErpCode.Core.Sites;
using ErpCode.Scripting.BusinessClasses;
using ErpCode.Scripting.Snapshots;

namespace ErpCode.Scripting.Sites;

/// <summary>The running site as the application services see it: leases on the component runtime's snapshot, with its types and business classes.</summary>
internal sealed class SiteRuntime(ComponentRuntime runtime, BusinessClassesFactory classes) : ISiteRuntime
{
    public SiteLease Lease()
    {
        var lease = runtime.Lease();
        return new SnapshotSiteLease(lease, classes.Create(lease));
    }

    public Task RefreshAsync(CancellationToken cancellationToken = default) => runtime.RefreshAsync(cancellationToken);
}
