using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Types.Expressions;
using ErpCode.Core.Types.Runtime;
using ErpCode.Scripting.Loading;

namespace ErpCode.Scripting.Snapshots;

/// <summary>
/// The compiled components and the types of one site revision, immutable once published. Requests lease the
/// snapshot they start with; a retired snapshot unloads its load context, and releases its expressions, when its
/// last lease ends.
/// </summary>
public sealed class RuntimeSnapshot
{
    private readonly ComponentLoadContext? _context;
    private readonly ExpressionSet? _expressions;
    private readonly Lazy<ImmutableSortedDictionary<string, SiteAction>> _actions;
    private int _leases;
    private int _retired;

    internal RuntimeSnapshot(long revision, ImmutableDictionary<string, RuntimeComponent> components, ComponentLoadContext? context, ImmutableArray<string> problems, TypeSystem? types = null, ExpressionSet? expressions = null)
    {
        Revision = revision;
        Components = components;
        _context = context;
        Problems = problems;
        Unloaded = new WeakReference(context);
        Types = types ?? TypeSystem.Empty;
        _expressions = expressions;
        _actions = new Lazy<ImmutableSortedDictionary<string, SiteAction>>(() => components.Values
            .Where(c => c.Component.Kind == ComponentKind.Script && c.Script is not null && c.Component.Action is not null)
            .ToImmutableSortedDictionary(c => c.Component.Reference, c => c.Component.Action!, StringComparer.Ordinal));
    }

    public long Revision { get; }

    /// <summary>The portal types of this revision, with the compiled expressions they use.</summary>
    public TypeSystem Types { get; }

    /// <summary>Components that are validated but could not be built into this snapshot, with the reason.</summary>
    public ImmutableArray<string> Problems { get; }

    /// <summary>A weak handle on the load context, to observe that a retired snapshot's code was unloaded.</summary>
    public WeakReference Unloaded { get; }

    public bool IsRetired => Volatile.Read(ref _retired) == 1;

    internal ImmutableDictionary<string, RuntimeComponent> Components { get; }

    /// <summary>The actions of the site at this revision: its running Script components declared as one, by name, read once.</summary>
    internal ImmutableSortedDictionary<string, SiteAction> Actions => _actions.Value;

    /// <summary>This unpublished snapshot with its types; the result owns <paramref name="expressions"/> and disposes it when it unloads.</summary>
    internal RuntimeSnapshot WithTypes(TypeSystem types, ExpressionSet? expressions) =>
        new(Revision, Components, _context, Problems, types, expressions);

    internal bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _leases);
            if (current < 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _leases, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    internal void Release()
    {
        if (Interlocked.Decrement(ref _leases) == 0 && IsRetired)
        {
            UnloadIfUnused();
        }
    }

    internal void Retire()
    {
        Volatile.Write(ref _retired, 1);
        UnloadIfUnused();
    }

    private void UnloadIfUnused()
    {
        // -1 marks the snapshot closed: no lease can be taken after the context starts unloading.
        if (Interlocked.CompareExchange(ref _leases, -1, 0) == 0)
        {
            _context?.Unload();
            _expressions?.Dispose();
        }
    }
}
