namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Sources for the rewriter tests.</summary>
internal static class RewriterSamples
{
    /// <summary>Every construct the rewriter touches, in the layouts people write.</summary>
    public const string Everything = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Linq.Expressions;
        using System.Threading.Tasks;

        public sealed class Sample : IDisposable
        {
            private readonly List<int> _items = [1, 2, 3];
            private int _value;

            public Sample() { _value = 1; }
            public Sample(int value) => _value = value;
            ~Sample() { _value = 0; }

            public int Value
            {
                get { return _value; }
                set => _value = value;
            }

            public int Twice => _value * 2;
            public int Thrice
                => _value * 3;
            public int this[int index] => _items[index];
            public event EventHandler? Changed { add { } remove => Console.WriteLine(); }

            public static Sample operator +(Sample a, Sample b) => new(a._value + b._value);
            public static implicit operator int(Sample s) =>
                s._value;

            public void Dispose() => _value = 0;
            public void Fail() => throw new InvalidOperationException();
            public int FailValue() => throw new InvalidOperationException();
            public async Task WaitAsync() => await Task.Yield();
            public async Task<int> ValueAsync() => await Task.FromResult(1);
            public ref int Slot() => ref _value;

            public int Loops(int n)
            {
                var total = 0;
                for (var i = 0; i < n; i++) total += i;
                for (var i = 0; i < n; i++)
                {
                    total += i;
                }
                while (n-- > 0)
                    total++;
                do { total--; } while (total > 100);
                do total--;
                while (total > 50);
                foreach (var item in _items) { total += item; }
                foreach (var (a, b) in new[] { (1, 2) }) total += a + b;
                for (;;) break;
                while (true) { if (total > 0) break; total++; }
                return total;
            }

            public int Lambdas()
            {
                Func<int, int> square = x => x * x;
                Func<int, int, int> add = (x, y) =>
                    x + y;
                Action log = () => Console.WriteLine("x");
                Action<int> set = v => _value = v;
                Func<int, int> assign = v => _value = v;
                Func<int> anonymous = delegate { return 1; };
                Func<Task> wait = async () => await Task.Yield();
                Func<Task<int>> value = async () => await Task.FromResult(2);
                Func<int> thrower = () => throw new InvalidOperationException();
                Expression<Func<int, int>> tree = x => x + 1;
                Func<int, int> block = x => { return x; };
                var natural = (int x) => x + 1;
                int Local(int x) => x + square(x);
                void LocalVoid() => Console.WriteLine();
                static int LocalBlock(int x)
                {
                    return x;
                }
                LocalVoid();
                return Local(1) + add(1, 2) + assign(3) + anonymous() + block(1) + natural(1) + LocalBlock(2) + tree.Parameters.Count;
            }

            public IEnumerable<int> Iterate()
            {
                foreach (var item in _items) yield return item;
            }

            public int Queries()
            {
                var squares = from a in _items
                              from b in _items
                              let c = a * b
                              where c > 1
                              orderby c descending, a
                              join d in _items on a equals d
                              select (a, c);
                var groups = from a in _items group a by a % 2 into g select g.Count();
                var queryable = from a in _items.AsQueryable() where a > 1 select a;
                return squares.Count() + groups.Sum() + queryable.Count();
            }

            public int Catches(int n)
            {
                try { n++; }
                catch (InvalidOperationException e) when (e.Message == "x") { n--; }
                catch (ArgumentException) { n--; }
                catch (Exception e)
                {
                    n -= e.HResult;
                }
                catch
                {
                    try { n++; } catch { n--; }
                }
                try { n++; } catch when (n > 0) { n--; }
                return n;
            }

            public int Jumps(int n)
            {
            again:
                n--;
                if (n > 0) goto again;
                switch (n)
                {
                    case 0: goto case 1;
                    case 1: goto default;
                    default: break;
                }
                return n;
            }
        }
        """;
}
