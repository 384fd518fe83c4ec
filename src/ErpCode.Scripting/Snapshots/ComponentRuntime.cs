using ErpCode.Core.Components;
using ErpCode.Core.Storage;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Expressions;
using ErpCode.Core.Types.Runtime;
using ErpCode.Core.Types.Storage;
using ErpCode.Scripting.Compilation;
using Microsoft.Extensions.Logging;

namespace ErpCode.Scripting.Snapshots;

/// <summary>
/// The running code of the site: the current snapshot, swapped atomically when the site revision moves (on this
/// node or any other: it watches the store's revision). Calls lease the snapshot they start with. With an expression
/// compiler, each snapshot also carries the site's types, built from the stored definitions.
/// </summary>
public sealed partial class ComponentRuntime : IDisposable
{
    private readonly IDocumentStore _store;
    private readonly ComponentCatalog _components;
    private readonly SnapshotBuilder _builder;
    private readonly ILogger<ComponentRuntime> _logger;
    private readonly IExpressionCompiler? _expressions;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private RuntimeSnapshot _current;

    /// <summary>Without <paramref name="expressions"/> (the compiler of the definitions' expressions), snapshots carry no types: code only.</summary>
    /// <remarks>It reads the components from the store itself: the component service checks permissions with the site runtime, which depends on this.</remarks>
    public ComponentRuntime(IDocumentStore store, ComponentCompiler compiler, ILogger<ComponentRuntime> logger, IExpressionCompiler? expressions = null)
    {
        _expressions = expressions;
        _store = store;
        _components = new ComponentCatalog(store);
        _builder = new SnapshotBuilder(compiler);
        _logger = logger;
        _current = Empty();
    }

    public RuntimeSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Takes a lease on the current snapshot; dispose it when the call ends.</summary>
    public SnapshotLease Lease()
    {
        while (true)
        {
            var snapshot = Current;
            if (snapshot.TryAcquire())
            {
                return new SnapshotLease(snapshot);
            }
        }
    }

    /// <summary>Builds and publishes a snapshot when the store's revision differs from the current one; returns the current snapshot.</summary>
    public async Task<RuntimeSnapshot> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            var revision = await _store.GetRevisionAsync(cancellationToken);
            if (revision == Current.Revision)
            {
                return Current;
            }

            var components = await _components.ListAsync(cancellationToken);
            var definitions = _expressions is null ? null : await new DefinitionStore(_store).LoadAsync(cancellationToken);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var snapshot = _builder.Build(revision, components);
            if (definitions is not null)
            {
                snapshot = WithTypes(snapshot, definitions);
            }

            foreach (var problem in snapshot.Problems.Concat(snapshot.Types.Problems))
            {
                LogBuildProblem(_logger, revision, problem);
            }

            var retired = Interlocked.Exchange(ref _current, snapshot);
            retired.Retire();
            var milliseconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogSwapped(_logger, revision, snapshot.Components.Count, milliseconds);
            return snapshot;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Follows the site revision until cancelled, rebuilding on every change. A failed rebuild keeps the current snapshot.</summary>
    public async Task WatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WatchUntilCancelledAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping the watch is the normal way it ends.
        }
    }

    private async Task WatchUntilCancelledAsync(CancellationToken cancellationToken)
    {
        await foreach (var revision in _store.WatchRevisionAsync(cancellationToken))
        {
            if (revision == Current.Revision)
            {
                continue;
            }

            try
            {
                await RefreshAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is Core.Errors.ErpCodeException or ComponentCompilationException)
            {
                LogRefreshFailed(_logger, ex, revision);
            }
        }
    }

    /// <summary>Retires the current snapshot, whose code unloads when its last lease ends; later leases get an empty snapshot.</summary>
    public void Dispose()
    {
        Interlocked.Exchange(ref _current, Empty()).Retire();
        _refreshLock.Dispose();
    }

    private static RuntimeSnapshot Empty() =>
        new(-1, System.Collections.Immutable.ImmutableDictionary<string, RuntimeComponent>.Empty, null, []);

    private RuntimeSnapshot WithTypes(RuntimeSnapshot snapshot, SiteDefinitions definitions)
    {
        // An unchanged expression set is shared with the current snapshot, so a definition change that touches no
        // expression costs no compilation.
        var expressions = _expressions!.Compile(definitions.Expressions());
        var unowned = expressions;
        try
        {
            var typed = snapshot.WithTypes(TypeSystem.Build(snapshot.Revision, definitions, expressions, Current.Types), expressions);
            unowned = null;
            return typed;
        }
        finally
        {
            unowned?.Dispose();
        }
    }

    [LoggerMessage(EventId = 2001, EventName = "SnapshotSwapped", Level = LogLevel.Information, Message = "Runtime at revision {Revision}: {Count} components, built in {Milliseconds:0.0} ms")]
    private static partial void LogSwapped(ILogger logger, long revision, int count, double milliseconds);

    [LoggerMessage(EventId = 2002, EventName = "ComponentBuildFailed", Level = LogLevel.Error, Message = "Revision {Revision}: {Problem}")]
    private static partial void LogBuildProblem(ILogger logger, long revision, string problem);

    [LoggerMessage(EventId = 2003, EventName = "RuntimeRefreshFailed", Level = LogLevel.Error, Message = "Could not rebuild the runtime for revision {Revision}; the previous code keeps running")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, long revision);
}
