using ErpCode.Core.Sites;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Snapshots;

namespace ErpCode.Scripting.BusinessClasses;

/// <summary>Makes the <see cref="IBusinessClasses"/> of a leased snapshot, with the invoker and the script contexts of the host.</summary>
internal sealed class BusinessClassesFactory(ComponentInvoker invoker, ScriptContextFactory contexts)
{
    public BusinessClasses Create(SnapshotLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return new BusinessClasses(lease, invoker, contexts);
    }
}
