using System.Runtime.CompilerServices;

namespace ErpCode.Core.Storage.Revisions;

/// <summary>
/// Watches the site revision by reading it at an interval: yields the current value, then each new one.
/// A failed read is handed to <c>onError</c> and retried at the next tick, so a store that is briefly away
/// does not end the watch.
/// </summary>
public static class RevisionPolling
{
    public static async IAsyncEnumerable<long> WatchAsync(
        Func<CancellationToken, Task<long>> readRevision,
        TimeSpan interval,
        Action<Exception>? onError,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readRevision);
        long? last = null;
        using var timer = new PeriodicTimer(interval);
        do
        {
            long? current = null;
            try
            {
                current = await readRevision(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // A store that is briefly away must not end the watch: report and read again at the next tick.
                onError?.Invoke(ex);
            }

            if (current is { } revision && revision != last)
            {
                last = revision;
                yield return revision;
            }
        }
        while (await WaitAsync(timer, cancellationToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
