using ErpCode.Core.Types.Runtime;

namespace ErpCode.Core.Sites;

/// <summary>A call's hold on one runtime snapshot: its types and its code cannot change or unload under the call.</summary>
public abstract class SiteLease : IDisposable
{
    /// <summary>The site revision the snapshot was built from.</summary>
    public abstract long Revision { get; }

    public abstract TypeSystem Types { get; }

    public abstract IBusinessClasses Classes { get; }

    public abstract IStoredScripts Scripts { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
