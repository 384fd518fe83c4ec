using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ErpCode.Scripting.Compilation;

/// <summary>
/// Emitted assemblies by a hash of everything that went into them (kind, reference, version, source, the modules
/// they see), so a node rebuilding its snapshot recompiles only what changed. Holds bytes, never loaded
/// assemblies, so it pins no load context. Bounded: the oldest entries go first.
/// </summary>
internal sealed class CompilationCache(int capacity = 4096)
{
    private readonly ConcurrentDictionary<string, CompiledAssembly> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public static string KeyOf(params string?[] parts)
    {
        var text = string.Join("\u0001", parts.Select(p => p ?? "\u0002"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public CompiledAssembly GetOrAdd(string key, Func<CompiledAssembly> compile)
    {
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var compiled = compile();
        if (_entries.TryAdd(key, compiled))
        {
            _order.Enqueue(key);
            while (_entries.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _entries.TryRemove(oldest, out _);
            }
        }

        return compiled;
    }
}
