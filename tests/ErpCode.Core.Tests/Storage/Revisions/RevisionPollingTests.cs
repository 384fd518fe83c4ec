using ErpCode.Core.Storage.Revisions;

namespace ErpCode.Core.Tests.Storage.Revisions;

public sealed class RevisionPollingTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task WatchAsync_YieldsTheFirstValueThenOnlyChanges()
    {
        // Arrange
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TimeSpan.FromSeconds(5));
        long[] reads = [1, 1, 2, 2, 2, 3, 1];
        var calls = 0;
        Task<long> Read(CancellationToken _) => Task.FromResult(reads[Math.Min(calls++, reads.Length - 1)]);

        // Act
        var seen = new List<long>();
        await foreach (var revision in RevisionPolling.WatchAsync(Read, Interval, onError: null, cts.Token))
        {
            seen.Add(revision);
            if (seen.Count == 4)
            {
                break;
            }
        }

        // Assert
        Assert.Equal([1L, 2L, 3L, 1L], seen);
        Assert.Equal(reads.Length, calls);
    }

    [Fact]
    public async Task WatchAsync_ReadThrows_ReportsItAndKeepsWatching()
    {
        // Arrange
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TimeSpan.FromSeconds(5));
        var failure = new InvalidOperationException("store away");
        var calls = 0;
        Task<long> Read(CancellationToken _) => ++calls switch
        {
            1 => Task.FromResult(5L),
            2 => throw failure,
            3 => Task.FromException<long>(failure),
            _ => Task.FromResult(6L),
        };
        var errors = new List<Exception>();

        // Act
        var seen = new List<long>();
        await foreach (var revision in RevisionPolling.WatchAsync(Read, Interval, errors.Add, cts.Token))
        {
            seen.Add(revision);
            if (seen.Count == 2)
            {
                break;
            }
        }

        // Assert
        Assert.Equal([5L, 6L], seen);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Same(failure, e));
    }

    [Fact]
    public async Task WatchAsync_FirstReadThrows_YieldsOnceTheStoreAnswers()
    {
        // Arrange
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TimeSpan.FromSeconds(5));
        var calls = 0;
        Task<long> Read(CancellationToken _) => ++calls == 1 ? throw new TimeoutException() : Task.FromResult(0L);
        var errors = 0;

        // Act
        await using var watch = RevisionPolling.WatchAsync(Read, Interval, _ => errors++, cts.Token).GetAsyncEnumerator(cts.Token);
        var moved = await watch.MoveNextAsync();

        // Assert
        Assert.True(moved);
        Assert.Equal(0L, watch.Current);
        Assert.Equal(1, errors);
    }

    [Fact]
    public async Task WatchAsync_Cancelled_EndsWithoutAnException()
    {
        // Arrange
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var calls = 0;
        Task<long> Read(CancellationToken _) => Task.FromResult((long)++calls);
        var seen = new List<long>();
        var started = DateTime.UtcNow;

        // Act
        await foreach (var revision in RevisionPolling.WatchAsync(Read, Interval, onError: null, cts.Token))
        {
            seen.Add(revision);
            if (seen.Count == 2)
            {
                await cts.CancelAsync();
            }
        }

        // Assert
        Assert.Equal([1L, 2L], seen);
        Assert.Equal(2, calls);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task WatchAsync_CancelledWhileWaiting_EndsPromptly()
    {
        // Arrange: a long interval, so the watch is waiting when the token fires.
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        Task<long> Read(CancellationToken _) => Task.FromResult(1L);
        await using var watch = RevisionPolling.WatchAsync(Read, TimeSpan.FromMinutes(1), onError: null, cts.Token).GetAsyncEnumerator(cts.Token);
        Assert.True(await watch.MoveNextAsync());
        var next = watch.MoveNextAsync().AsTask();

        // Act
        cts.CancelAfter(TimeSpan.FromMilliseconds(50));
        var finished = await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken));

        // Assert
        Assert.Same(next, finished);
        Assert.False(await next);
    }

    [Fact]
    public async Task WatchAsync_PassesTheTokenToTheRead()
    {
        // Arrange
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        CancellationToken received = default;
        Task<long> Read(CancellationToken token)
        {
            received = token;
            return Task.FromResult(1L);
        }

        // Act
        await foreach (var _ in RevisionPolling.WatchAsync(Read, Interval, onError: null, cts.Token))
        {
            break;
        }

        // Assert
        Assert.True(received.CanBeCanceled);
        await cts.CancelAsync();
        Assert.True(received.IsCancellationRequested);
    }

    [Fact]
    public async Task WatchAsync_NullRead_ThrowsArgumentNullExceptionOnFirstMove()
    {
        // Arrange
        var watch = RevisionPolling.WatchAsync(null!, Interval, onError: null, TestContext.Current.CancellationToken);

        // Act
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(async () =>
        {
            await foreach (var _ in watch)
            {
            }
        });

        // Assert
        Assert.Equal("readRevision", ex.ParamName);
    }
}
