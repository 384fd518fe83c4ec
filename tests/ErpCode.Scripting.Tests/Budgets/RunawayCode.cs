namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Stored code that runs away in every way a budget must stop, plus some that must keep working under one.</summary>
internal static class RunawayCode
{
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public static class Program
        {
            public static int Caught;

        public static object? Sink;

            public static void Spin() { while (true) { } }

            public static void SpinFor() { for (var i = 0; ; i++) ; }

            public static void SpinDo() { var i = 0; do i++; while (i >= 0 || true); }

            public static void SpinForeach() { foreach (var i in Forever()) { } }

            private static IEnumerable<int> Forever() { while (true) yield return 1; }

            public static void SpinInLinq() => Enumerable.Repeat(1, int.MaxValue).Select(x => x + 1).Select(x => x * 2).Count(x => x > 100);

            public static void SpinInQuery()
            {
                var pairs = from a in Enumerable.Repeat(1, int.MaxValue)
                            from b in Enumerable.Repeat(1, int.MaxValue)
                            select a + b;
                Caught = pairs.Count();
            }

            public static void SwallowWithCatchException()
            {
                while (true)
                {
                    try { while (true) { } }
                    catch (Exception) { Caught++; }
                }
            }

            public static void SwallowWithBareCatch()
            {
                while (true)
                {
                    try { while (true) { } }
                    catch { Caught++; }
                }
            }

            public static void SwallowWithFilter()
            {
                while (true)
                {
                    try { while (true) { } }
                    catch (Exception e) when (e.Message.Length > 0 || true) { Caught++; }
                }
            }

            public static void SpinInFinally()
            {
                try { while (true) { } }
                finally { while (true) { } }
            }

            public static void ReplaceInFinallyAndCatch()
            {
                while (true)
                {
                    try
                    {
                        try { while (true) { } }
                        finally { throw new InvalidOperationException("replaces the budget exception"); }
                    }
                    catch (InvalidOperationException) { Caught++; }
                }
            }

            public static int Deep(int n) => Deep(n + 1) + 1;

            public static int DeepLambda()
            {
                Func<int, int> f = null!;
                f = n => f(n + 1) + 1;
                return f(0);
            }

            public static int DeepProperty => DeepProperty + 1;

            public static int DeepIterator() => Walk(0).Count();

            private static IEnumerable<int> Walk(int n)
            {
                foreach (var x in Walk(n + 1)) yield return x;
                yield return n;
            }

            public static int GrowList()
            {
                var list = new List<int>();
                while (true) list.Add(list.Count);
            }

            public static int DoubleString()
            {
                var s = "x";
                while (true) s += s;
            }

            public static int DoubleStringAfterWarmUp(int warmUp)
            {
                var junk = 0;
                for (var i = 0; i < warmUp; i++) junk += i;
                var s = "x";
                while (true) s += s;
            }

            public static string Filter(string message)
            {
                try
                {
                    throw new InvalidOperationException(message);
                }
                catch (InvalidOperationException e) when (e.Message == "filtered")
                {
                    return "filter";
                }
                catch (ArgumentException)
                {
                    return "typed";
                }
            }

            public static string CatchAll(bool typed)
            {
                try
                {
                    throw new ArgumentException("x");
                }
                catch (ArgumentException) when (typed)
                {
                    return "typed";
                }
                catch
                {
                    return "bare";
                }
            }

            public static void DisposeThrows()
            {
                using (new Noisy()) { }
            }

            public static string ToStringThrows() => "value: " + new Noisy();

            public static string DisposeThrowsAndIsCaught()
            {
                try
                {
                    using (new Noisy()) { }
                }
                catch (InvalidOperationException e) when (e.Message == "dispose failed")
                {
                    return "caught";
                }

                return "not thrown";
            }

            public static long Work(int megabytes, int depth)
            {
                long total = 0;
                for (var i = 0; i < megabytes * 1024; i++)
                {
                    Sink = new byte[1024];
                    total += ((byte[])Sink).Length;
                }

                return total + Nest(depth);
            }

            private static int Nest(int depth) => depth == 0 ? 0 : Nest(depth - 1) + 1;
        }

        public sealed class Noisy : IDisposable
        {
            public void Dispose() => throw new InvalidOperationException("dispose failed");

            public override string ToString() => throw new FormatException("tostring failed");
        }
        """;
}
