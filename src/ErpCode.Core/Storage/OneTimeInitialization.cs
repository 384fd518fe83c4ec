namespace ErpCode.Core.Storage;

/// <summary>
/// Runs an asynchronous initialization once per instance. Callers that arrive while it runs wait for it; a run
/// that fails is tried again by the next caller, so a store that was away at start opens when it comes back.
/// </summary>
public sealed class OneTimeInitialization : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile bool _done;

    public bool IsDone => _done;

    public async Task RunAsync(Func<CancellationToken, Task> initialize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initialize);
        if (_done)
        {
            return;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (!_done)
            {
                await initialize(cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
