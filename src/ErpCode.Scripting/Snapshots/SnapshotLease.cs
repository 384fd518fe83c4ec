namespace ErpCode.Scripting.Snapshots;

/// <summary>A request's hold on the snapshot it started with: the code it runs cannot change or unload under it.</summary>
public sealed class SnapshotLease : IDisposable
{
    private RuntimeSnapshot? _snapshot;

    internal SnapshotLease(RuntimeSnapshot snapshot)
    {
        _snapshot = snapshot;
    }

    public RuntimeSnapshot Snapshot => _snapshot ?? throw new ObjectDisposedException(nameof(SnapshotLease));

    public void Dispose() => Interlocked.Exchange(ref _snapshot, null)?.Release();
}
