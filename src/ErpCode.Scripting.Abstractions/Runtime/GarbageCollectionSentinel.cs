namespace ErpCode.Scripting.Runtime;

/// <summary>
/// An unreachable object whose finalizer runs after the next garbage collection of any generation: it makes every run
/// check at its next checkpoint (<see cref="Watchdog.SignalAll"/>), so code allocating fast is measured between
/// watchdog ticks, and leaves a fresh sentinel for the next collection.
/// </summary>
internal sealed class GarbageCollectionSentinel
{
    private GarbageCollectionSentinel()
    {
    }

    ~GarbageCollectionSentinel()
    {
        if (Environment.HasShutdownStarted)
        {
            return;
        }

        Watchdog.SignalAll();
        Start();
    }

    public static void Start() => _ = new GarbageCollectionSentinel();
}
