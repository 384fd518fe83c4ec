using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Revisions;
using ErpCode.Storage.MongoDB.Collections;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB.Revisions;

/// <summary>
/// Watches the site revision: polling always runs (so a lost change stream or a standalone server still works),
/// and on a replica set or sharded cluster a change stream on <c>erp_meta</c> reports a commit at once. The two feed
/// one channel; the watch yields the current revision, then each higher one, once.
/// </summary>
internal sealed class RevisionWatcher
{
    private readonly MongoStoreContext _context;
    private readonly Func<CancellationToken, Task<long>> _readRevision;

    public RevisionWatcher(MongoStoreContext context, Func<CancellationToken, Task<long>> readRevision)
    {
        _context = context;
        _readRevision = readRevision;
    }

    private TimeSpan RetryDelay => _context.Options.RevisionPollInterval > TimeSpan.FromSeconds(1) ? _context.Options.RevisionPollInterval : TimeSpan.FromSeconds(1);

    public async IAsyncEnumerable<long> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
        var polling = PollAsync(channel.Writer, stop.Token);
        var streaming = StreamAsync(channel.Writer, stop.Token);
        long? last = null;
        try
        {
            while (await WaitToReadAsync(channel.Reader, cancellationToken))
            {
                while (channel.Reader.TryRead(out var revision))
                {
                    if (last is null || revision > last)
                    {
                        last = revision;
                        yield return revision;
                    }
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await polling;
            await streaming;
        }
    }

    private static async Task<bool> WaitToReadAsync(ChannelReader<long> reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task PollAsync(ChannelWriter<long> writer, CancellationToken cancellationToken)
    {
        try
        {
            var revisions = RevisionPolling.WatchAsync(_readRevision, _context.Options.RevisionPollInterval, ex => Log.RevisionPollFailed(_context.Logger, ex), cancellationToken);
            await foreach (var revision in revisions.WithCancellation(cancellationToken))
            {
                writer.TryWrite(revision);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The watch ended.
        }
    }

    private async Task StreamAsync(ChannelWriter<long> writer, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var topology = await _context.GetTopologyAsync(cancellationToken);
                if (!topology.SupportsChangeStreams)
                {
                    return;
                }

                var pipeline = new EmptyPipelineDefinition<ChangeStreamDocument<BsonDocument>>()
                    .Match(new BsonDocument("documentKey._id", MetaCollections.RevisionId));
                var options = new ChangeStreamOptions { FullDocument = ChangeStreamFullDocumentOption.UpdateLookup };
                using var cursor = await _context.Meta.WatchAsync(pipeline, options, cancellationToken);
                while (await cursor.MoveNextAsync(cancellationToken))
                {
                    foreach (var change in cursor.Current)
                    {
                        writer.TryWrite(change.FullDocument is { } document ? RevisionCounter.ValueOf(document) : await _readRevision(cancellationToken));
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is MongoException or TimeoutException or StorageException)
            {
                Log.ChangeStreamFailed(_context.Logger, RetryDelay, ex);
                try
                {
                    await Task.Delay(RetryDelay, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
