namespace ErpCode.Core.Sites;

/// <summary>
/// The running site: the current runtime snapshot (types, validators, compiled code) of the store's revision,
/// rebuilt on every node when the revision moves. A call leases the snapshot it starts with and keeps it to the end.
/// </summary>
public interface ISiteRuntime
{
    /// <summary>Leases the current snapshot; dispose the lease when the call ends.</summary>
    SiteLease Lease();

    /// <summary>Rebuilds the snapshot now when the store's revision moved (after a definition change on this node).</summary>
    Task RefreshAsync(CancellationToken cancellationToken = default);
}
