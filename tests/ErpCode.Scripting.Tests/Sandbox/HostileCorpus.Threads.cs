namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>Escapes from the synchronous, budgeted call: threads, tasks, timers, locks, async code.</summary>
internal static partial class HostileCorpus
{
    private static IEnumerable<SandboxCase> Threads() =>
    [
        SandboxCase.InMethod("new Thread", "ERP1006", "'System.Threading.Thread", """
                    new System.Threading.Thread(() => { while (true) { } }).Start(); //!
            """),
        SandboxCase.InMethod("Task.Run", "ERP1006", "'System.Threading.Tasks.Task.Run(System.Action)'", """
                    System.Threading.Tasks.Task.Run(() => { }); //!
            """),
        SandboxCase.InMethod("ThreadPool.QueueUserWorkItem", "ERP1006", "'System.Threading.ThreadPool.QueueUserWorkItem(", """
                    System.Threading.ThreadPool.QueueUserWorkItem(_ => { }); //!
            """),
        SandboxCase.InMethod("Timer", "ERP1006", "'System.Threading.Timer", """
                    var timer = new System.Threading.Timer(_ => { }, null, 0, 1000); //!
            """),
        SandboxCase.InMethod("Parallel.For", "ERP1006", "'System.Threading.Tasks.Parallel.For(", """
                    System.Threading.Tasks.Parallel.For(0, 10, i => { }); //!
            """),
        SandboxCase.InMethod("PLINQ through the AsParallel extension", "ERP1006", "'System.Linq.ParallelEnumerable.AsParallel", """
                    var sum = new List<int> { 1, 2 }.AsParallel().Sum(); //!
            """),
        SandboxCase.InMethod("lock", "ERP1006", "'lock'", """
                    lock (value) //!
                    {
                    }
            """),
        new("volatile field", """
            public class Snippet
            {
                private volatile bool _stop; //!

                public bool Stop => _stop;
            }
            """, "ERP1006", "'volatile'"),
        new("async method", """
            public class Snippet
            {
                public async void Run() //!
                {
                    await System.Threading.Tasks.Task.Yield();
                }
            }
            """, "ERP1007", "'async'"),
        SandboxCase.InScript("await in a script", "ERP1007", "'await'", """
            var x = 1;
            await System.Threading.Tasks.Task.Delay(1000); //!
            return x;
            """),
    ];
}
