namespace ErpCode.Scripting.Runtime;

/// <summary>
/// Every <see cref="Interval"/>, signals each thread with a run in progress, so its next checkpoint checks, and raises
/// the alarm <see cref="Budget.Poll"/> reads while some run has spent its time, been cancelled or failed. A dedicated
/// thread, not a timer: runaway code may be occupying every thread-pool thread. It sleeps while no run is in progress.
/// </summary>
internal static class Watchdog
{
    /// <summary>How often runs check: the most a timeout is overshot by, give or take scheduling.</summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(2);

    // Process-wide by nature (one watchdog for all threads); it holds only the threads that have run budgeted code.
    private static readonly List<BudgetThread> Threads = [];
    private static readonly ManualResetEventSlim Wake = new(initialState: false);
    private static int s_runs;
    private static bool s_started;

    public static void Register(BudgetThread thread)
    {
        lock (Threads)
        {
            Threads.Add(thread);
            if (!s_started)
            {
                s_started = true;
                new Thread(Watch) { IsBackground = true, Name = "ErpCode budget watchdog", Priority = ThreadPriority.AboveNormal }.Start();
                GarbageCollectionSentinel.Start();
            }
        }
    }

    public static void RunStarted()
    {
        if (Interlocked.Increment(ref s_runs) == 1)
        {
            Wake.Set();
        }
    }

    public static void RunEnded() => Interlocked.Decrement(ref s_runs);

    /// <summary>Signals every thread with a run in progress, sets the alarm, and forgets threads that have ended.</summary>
    public static void SignalAll()
    {
        var alarm = false;
        lock (Threads)
        {
            for (var i = Threads.Count - 1; i >= 0; i--)
            {
                var thread = Threads[i];
                if (thread.IsRunning)
                {
                    thread.Signal();
                    alarm |= thread.Current?.IsSpent() == true;
                }
                else if (!thread.IsAlive)
                {
                    Threads.RemoveAt(i);
                }
            }
        }

        Budget.SetAlarm(alarm);
    }

    private static void Watch()
    {
        while (true)
        {
            if (Volatile.Read(ref s_runs) == 0)
            {
                Budget.SetAlarm(false);

                // Re-checked after every wake-up, so a Set racing this Reset is never lost.
                Wake.Wait();
                Wake.Reset();
                continue;
            }

            Thread.Sleep(Interval);
            SignalAll();
        }
    }
}
