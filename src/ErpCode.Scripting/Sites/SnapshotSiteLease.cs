using ErpCode.Core.Sites;
using ErpCode.Core.Types.Runtime;
using ErpCode.Scripting.Snapshots;

namespace ErpCode.Scripting.Sites;

/// <summary>A <see cref="SiteLease"/> over one <see cref="SnapshotLease"/>: disposing it ends the snapshot lease.</summary>
internal sealed class SnapshotSiteLease(SnapshotLease lease, BusinessClasses.BusinessClasses code) : SiteLease
{
    public override long Revision => lease.Snapshot.Revision;

    public override TypeSystem Types => lease.Snapshot.Types;

    public override IBusinessClasses Classes => code;

    public override IStoredScripts Scripts => code;

    protected override void Dispose(bool disposing) => lease.Dispose();
}
