using System.Security.Cryptography;
using System.Text;

namespace ErpCode.Scripting.Compilation;

/// <summary>
/// Emitted assemblies by a hash of everything that went into them (kind, reference, version, source, the modules
/// they see), so a node rebuilding its snapshot recompiles only what changed. Holds bytes, never loaded
/// assemblies, so it pins no load context. Bounded by bytes: what the current snapshot uses is kept, and so is
/// whatever was used since it was built (the next snapshot in the making, assemblies a save built ahead of the swap);
/// beyond that, the rest (superseded versions) goes least recently used first once it exceeds
/// <paramref name="unusedCapacityBytes"/>.
/// </summary>
internal sealed class CompilationCache(long unusedCapacityBytes = CompilationCache.DefaultUnusedCapacityBytes)
{
    /// <summary>
    /// 4 MiB, a few hundred small components. Superseded versions are never loaded again (every save makes a new
    /// version), so this only keeps a node that swaps back and forth from compiling again.
    /// </summary>
    public const long DefaultUnusedCapacityBytes = 4 * 1024 * 1024;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);

    // Entries the current snapshot does not use, least recently used first.
    private readonly LinkedList<Entry> _unused = new();
    private HashSet<string> _inUse = new(StringComparer.Ordinal);
    private long _unusedBytes;
    private long _inUseBytes;

    // Counts snapshots marked in use; an entry used in the current generation is never evicted, so a build that
    // compiles more than the capacity does not evict its own first assemblies before it is published.
    private long _generation;

    /// <summary>How many assemblies the cache holds.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The bytes of images and PDBs the cache holds.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _unusedBytes + _inUseBytes;
            }
        }
    }

    public static string KeyOf(params string?[] parts)
    {
        var text = string.Join("\u0001", parts.Select(p => p ?? "\u0002"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public bool Contains(string key)
    {
        lock (_lock)
        {
            return _entries.ContainsKey(key);
        }
    }

    /// <summary>The cached assembly of <paramref name="key"/>, else the one <paramref name="compile"/> builds (outside the lock), which is added.</summary>
    public CompiledAssembly GetOrAdd(string key, Func<CompiledAssembly> compile)
    {
        ArgumentNullException.ThrowIfNull(compile);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var cached))
            {
                Touch(cached);
                return cached.Value.Assembly;
            }
        }

        var compiled = compile();
        lock (_lock)
        {
            // Another thread may have built the same key meanwhile; the first one stays.
            if (_entries.TryGetValue(key, out var raced))
            {
                Touch(raced);
                return raced.Value.Assembly;
            }

            var node = new LinkedListNode<Entry>(new Entry(key, compiled) { Generation = _generation });
            _entries.Add(key, node);
            if (_inUse.Contains(key))
            {
                _inUseBytes += compiled.Bytes;
            }
            else
            {
                _unused.AddLast(node);
                _unusedBytes += compiled.Bytes;
                Trim();
            }

            return compiled;
        }
    }

    /// <summary>
    /// Marks the keys the snapshot just built uses, which are never evicted; what the previous snapshot used and this
    /// one does not joins the rest as its most recently used. Then trims the rest to the capacity.
    /// </summary>
    public void KeepInUse(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            var previous = _inUse;
            _inUse = new HashSet<string>(keys, StringComparer.Ordinal);
            foreach (var key in previous)
            {
                if (!_inUse.Contains(key) && _entries.TryGetValue(key, out var node))
                {
                    _inUseBytes -= node.Value.Assembly.Bytes;
                    _unused.AddLast(node);
                    _unusedBytes += node.Value.Assembly.Bytes;
                }
            }

            foreach (var key in _inUse)
            {
                if (!previous.Contains(key) && _entries.TryGetValue(key, out var node))
                {
                    _unused.Remove(node);
                    _unusedBytes -= node.Value.Assembly.Bytes;
                    _inUseBytes += node.Value.Assembly.Bytes;
                }
            }

            _generation++;
            Trim();
        }
    }

    private void Touch(LinkedListNode<Entry> node)
    {
        node.Value.Generation = _generation;
        if (node.List is not null)
        {
            _unused.Remove(node);
            _unused.AddLast(node);
        }
    }

    private void Trim()
    {
        while (_unusedBytes > unusedCapacityBytes && _unused.First is { } oldest && oldest.Value.Generation != _generation)
        {
            _unused.RemoveFirst();
            _entries.Remove(oldest.Value.Key);
            _unusedBytes -= oldest.Value.Assembly.Bytes;
        }
    }

    private sealed class Entry(string key, CompiledAssembly assembly)
    {
        public string Key { get; } = key;

        public CompiledAssembly Assembly { get; } = assembly;

        public long Generation { get; set; }
    }
}
