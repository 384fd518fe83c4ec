using ErpCode.Scripting.Compilation;

namespace ErpCode.Scripting.Tests.Compilation;

public sealed class CompilationCacheTests
{
    // Every assembly of these tests counts 100 bytes: a 60-byte image and a 40-byte PDB.
    private static CompiledAssembly Assembly(string key) => new(key, $"erp.{key}", new byte[60], new byte[40]);

    private static void Add(CompilationCache cache, params string[] keys)
    {
        foreach (var key in keys)
        {
            cache.GetOrAdd(key, () => Assembly(key));
        }
    }

    [Fact]
    public void GetOrAdd_CachedKey_ReturnsTheCachedAssemblyWithoutCompiling()
    {
        // Arrange
        var cache = new CompilationCache();
        var first = cache.GetOrAdd("A", () => Assembly("A"));

        // Act
        var second = cache.GetOrAdd("A", () => throw new InvalidOperationException("compiled twice"));

        // Assert
        Assert.Same(first, second);
    }

    [Fact]
    public void KeepInUse_UnusedBeyondCapacity_EvictsLeastRecentlyUsedFirst()
    {
        // Arrange: room for two unused assemblies; A is used again after B and C were added.
        var cache = new CompilationCache(unusedCapacityBytes: 250);
        Add(cache, "A", "B", "C", "A");

        // Act
        cache.KeepInUse([]);

        // Assert
        Assert.True(cache.Contains("A"));
        Assert.False(cache.Contains("B"));
        Assert.True(cache.Contains("C"));
        Assert.Equal(200, cache.Bytes);
    }

    [Fact]
    public void KeepInUse_NoRoomForUnused_KeepsOnlyWhatTheSnapshotUses()
    {
        // Arrange
        var cache = new CompilationCache(unusedCapacityBytes: 0);
        Add(cache, "A", "B", "C");

        // Act
        cache.KeepInUse(["A", "C"]);

        // Assert
        Assert.Equal(2, cache.Count);
        Assert.True(cache.Contains("A"));
        Assert.True(cache.Contains("C"));
        Assert.Equal(200, cache.Bytes);
    }

    [Fact]
    public void KeepInUse_NextSnapshotDropsAnAssembly_ItBecomesEvictable()
    {
        // Arrange
        var cache = new CompilationCache(unusedCapacityBytes: 0);
        Add(cache, "A", "B");
        cache.KeepInUse(["A", "B"]);

        // Act
        cache.KeepInUse(["B"]);

        // Assert
        Assert.False(cache.Contains("A"));
        Assert.True(cache.Contains("B"));
        Assert.Equal(100, cache.Bytes);
    }

    [Fact]
    public void GetOrAdd_BuildLargerThanTheCapacity_KeepsItsOwnAssembliesUntilItIsMarkedInUse()
    {
        // Arrange: a superseded assembly, then a snapshot build of five new ones with room for one unused.
        var cache = new CompilationCache(unusedCapacityBytes: 100);
        Add(cache, "Old");
        cache.KeepInUse([]);

        // Act
        Add(cache, "N1", "N2", "N3", "N4", "N5");
        var duringTheBuild = cache.Count;
        cache.KeepInUse(["N1", "N2", "N3", "N4", "N5"]);

        // Assert: only the superseded one could go while the build ran, and it did once over capacity.
        Assert.Equal(5, duringTheBuild);
        Assert.Equal(5, cache.Count);
        Assert.False(cache.Contains("Old"));
    }
}
