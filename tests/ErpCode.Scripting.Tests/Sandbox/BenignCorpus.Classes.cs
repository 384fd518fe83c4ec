namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>Benign document classes and modules.</summary>
internal static partial class BenignCorpus
{
    private static IEnumerable<SandboxCase> Classes() =>
    [
        new("LINQ over lists", """
            public record Line(string Product, int Quantity, decimal Price);

            public static class Lines
            {
                public static List<string> TopProducts(List<Line> lines) =>
                    lines.Where(l => l.Quantity > 0)
                        .GroupBy(l => l.Product)
                        .Select(g => (Product: g.Key, Amount: g.Sum(l => l.Quantity * l.Price)))
                        .OrderByDescending(x => x.Amount)
                        .ThenBy(x => x.Product, StringComparer.Ordinal)
                        .Take(3)
                        .Select(x => x.Product)
                        .ToList();

                public static ILookup<string, Line> ByProduct(IEnumerable<Line> lines) => lines.ToLookup(l => l.Product);

                public static int[] Middle(int[] numbers) => numbers.Length > 2 ? numbers[1..^1] : [.. numbers.Distinct().Order()];
            }
            """),
        new("dictionaries", """
            public static class Stock
            {
                public static Dictionary<string, int> Merge(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
                {
                    var merged = new Dictionary<string, int>(a, StringComparer.OrdinalIgnoreCase) { ["Total"] = 0 };
                    foreach (var (product, quantity) in b)
                    {
                        merged[product] = merged.TryGetValue(product, out var existing) ? existing + quantity : quantity;
                    }

                    foreach (var pair in merged.ToList())
                    {
                        merged["Total"] += pair.Key == "Total" ? 0 : pair.Value;
                    }

                    var sorted = new SortedDictionary<string, int>(merged);
                    return sorted.ToDictionary(p => p.Key, p => p.Value);
                }
            }
            """),
        new("decimal totals", """
            public static class Money
            {
                public const decimal VatRate = 0.2m;

                public static decimal Total(IEnumerable<(decimal Price, int Quantity)> lines, decimal discount)
                {
                    var net = lines.Sum(l => l.Price * l.Quantity) * (1 - discount);
                    var vat = Math.Round(net * VatRate, 2, MidpointRounding.AwayFromZero);
                    return Math.Max(0m, decimal.Round(net, 2) + vat);
                }

                public static string Format(decimal amount) =>
                    amount.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

                public static decimal Parse(string text) =>
                    decimal.Parse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
            }
            """),
        new("strings and StringBuilder", """
            public static class Texts
            {
                public static string Describe(IEnumerable<string> names)
                {
                    var builder = new StringBuilder();
                    foreach (var name in names.Select(n => n.Trim()).Where(n => !string.IsNullOrWhiteSpace(n)))
                    {
                        builder.Append(name.ToUpperInvariant()).Append(';');
                    }

                    var joined = string.Join(", ", names);
                    var formatted = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} ({1})", joined, builder.Length);
                    return formatted.Contains("X", StringComparison.Ordinal) ? formatted.Replace("X", "x").PadLeft(20) : builder.ToString().Split(';')[0];
                }
            }
            """),
        new("DateOnly arithmetic", """
            public static class Dates
            {
                public static DateOnly DueDate(DateOnly invoiced, int days)
                {
                    var due = invoiced.AddDays(days);
                    return due.DayOfWeek switch
                    {
                        DayOfWeek.Saturday => due.AddDays(2),
                        DayOfWeek.Sunday => due.AddDays(1),
                        _ => due,
                    };
                }

                public static int DaysLate(DateOnly due, DateOnly today) => Math.Max(0, today.DayNumber - due.DayNumber);

                public static int Week(DateOnly day) => System.Globalization.ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue));

                public static TimeSpan Between(DateTime a, DateTime b) => (b - a).Duration() + TimeSpan.FromHours(1);

                public static DateOnly EndOfMonth(DateOnly day) => new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
            }
            """),
        new("Regex with a timeout", """
            using System.Text.RegularExpressions;

            public sealed class VatNumbers
            {
                private readonly Regex _pattern = new(@"^(?<country>[A-Z]{2})(?<number>\d{8,12})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

                public string? Country(string text)
                {
                    var match = _pattern.Match(text);
                    return match.Success ? match.Groups["country"].Value : null;
                }

                public static bool LooksLikeEmail(string text) =>
                    Regex.IsMatch(text, @"^[^@\s]+@[^@\s]+$", RegexOptions.None, TimeSpan.FromMilliseconds(50));

                public IEnumerable<string> Numbers(string text) => _pattern.Matches(text).Select(m => m.Groups["number"].Value);
            }
            """),
        new("tuples", """
            public static class Pairs
            {
                public static (decimal Min, decimal Max, int Count) Range(IReadOnlyList<decimal> values)
                {
                    var (min, max) = (decimal.MaxValue, decimal.MinValue);
                    foreach (var value in values)
                    {
                        (min, max) = (Math.Min(min, value), Math.Max(max, value));
                    }

                    var result = (min, max, values.Count);
                    return result.Count == 0 ? default : result;
                }

                public static KeyValuePair<string, int> First(Dictionary<string, int> map) => map.First();
            }
            """),
        new("records and with-expressions", """
            public sealed record Address(string Street, string City, string Country = "FR");

            public readonly record struct Money(decimal Amount, string Currency)
            {
                public static Money operator +(Money a, Money b) => a.Currency == b.Currency ? new(a.Amount + b.Amount, a.Currency) : throw new InvalidOperationException("Currencies differ.");
            }

            public static class Moves
            {
                public static Address Move(Address address, string city) => address with { City = city };

                public static bool Same(Address a, Address b) => a == b && a.GetHashCode() == b.GetHashCode() && a.Equals(b) && a.ToString().Length > 0;

                public static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(new Money(0m, "EUR"), (total, next) => total + next);
            }
            """),
        new("pattern matching and switch expressions", """
            public abstract record Shape;
            public sealed record Circle(decimal Radius) : Shape;
            public sealed record Rect(decimal Width, decimal Height) : Shape;

            public static class Shapes
            {
                public static decimal Area(Shape shape) => shape switch
                {
                    Circle { Radius: <= 0 } => 0,
                    Circle c => 3.14159m * c.Radius * c.Radius,
                    Rect(var w, var h) when w == h => w * w,
                    Rect r => r.Width * r.Height,
                    _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown shape."),
                };

                public static string Describe(object? value) => value switch
                {
                    null => "nothing",
                    int n and > 100 => "big",
                    string { Length: 0 } => "empty",
                    int[] and [var first, .., var last] => $"{first}..{last}",
                    decimal or double => "number",
                    _ => value.ToString() ?? "",
                };

                public static bool IsDraft(IDocumentAccess document) => document.GetString("State") is "Draft" or "New";
            }
            """),
        new("local functions and lambdas", """
            public static class Functions
            {
                public static int Fibonacci(int n)
                {
                    return Next(0, 1, n);

                    static int Next(int a, int b, int left) => left == 0 ? a : Next(b, a + b, left - 1);
                }

                public static Func<decimal, decimal> Discount(decimal rate)
                {
                    Func<decimal, decimal> apply = amount => amount * (1 - rate);
                    Action<string> ignore = _ => { };
                    ignore("unused");
                    var compose = (Func<decimal, decimal> f, Func<decimal, decimal> g) => (Func<decimal, decimal>)(x => g(f(x)));
                    return compose(apply, static x => Math.Round(x, 2));
                }

                public static IEnumerable<int> Evens(int max)
                {
                    for (var i = 0; i <= max; i += 2)
                    {
                        yield return i;
                    }
                }
            }
            """),
        new("exceptions thrown and caught", """
            public sealed class CreditLimitExceededException(string customer, decimal limit) : Exception($"{customer} is over its credit limit of {limit}.")
            {
                public string Customer { get; } = customer;
            }

            public static class Credit
            {
                public static decimal Check(string customer, decimal limit, decimal amount)
                {
                    ArgumentNullException.ThrowIfNull(customer);
                    ArgumentOutOfRangeException.ThrowIfNegative(limit);
                    try
                    {
                        if (amount > limit)
                        {
                            throw new CreditLimitExceededException(customer, limit);
                        }

                        return checked(limit - amount);
                    }
                    catch (CreditLimitExceededException e) when (e.Customer.Length > 0)
                    {
                        return -1;
                    }
                    catch (OverflowException)
                    {
                        throw new InvalidOperationException("Overflow.");
                    }
                    finally
                    {
                        _ = customer.Length;
                    }
                }
            }
            """),
        new("a document class", """
            public class SaleOrder : DocumentClass
            {
                private const decimal ManagerLimit = 10_000m;

                public decimal Total()
                {
                    var lines = Document.GetList("Lines");
                    return lines.Sum(l => l.GetDecimal("Quantity") * l.GetDecimal("Price"));
                }

                [Exposed]
                public void Confirm(string? comment)
                {
                    var total = Total();
                    if (total > ManagerLimit && !Context.User.IsInRole("Manager"))
                    {
                        throw new InvalidOperationException($"Only a manager may confirm {Document.Id} ({total:0.00}).");
                    }

                    var customer = Context.Portal.Find("Customers", Document.GetString("Customer") ?? string.Empty);
                    Context.Log.Info($"{Context.User.Name} confirms {Document.Id} for {customer?.GetString("Name")}: {comment}");
                    Document.Set("State", "Confirmed");
                    Document.Set("ConfirmedOn", Context.Clock.Today);
                }

                [Exposed(ReadOnly = true)]
                public int OpenOrders() => Context.Portal.Query("SaleOrders", "Customer", Document.GetString("Customer")).Count(o => o.GetString("State") != "Closed");
            }
            """),
        new("a module with statics that hold no state", """
            namespace Sales.Helpers;

            [Flags]
            public enum Channels { None = 0, Web = 1, Shop = 2, Phone = 4 }

            public interface IPriced
            {
                decimal Price { get; }
            }

            public static class Extensions
            {
                public const string Currency = "EUR";

                public static decimal Total<T>(this IEnumerable<T> items) where T : IPriced => items.Sum(i => i.Price);

                public static bool Sells(this Channels channels, Channels channel) => channels.HasFlag(channel);

                public static int Count => Enum.GetValues<Channels>().Length;

                public static Channels Parse(string text) => Enum.Parse<Channels>(text, ignoreCase: true);
            }

            public sealed class Basket<T> where T : class, IPriced
            {
                private readonly List<T> _items = [];

                public event EventHandler? Changed;

                public int Count => _items.Count;

                public void Add(T item)
                {
                    _items.Add(item);
                    Changed?.Invoke(this, EventArgs.Empty);
                }
            }
            """),
        new("query syntax", """
            public record Customer(string Id, string Name);
            public record Order(string CustomerId, decimal Total);

            public static class Reports
            {
                public static IEnumerable<(string Name, decimal Total)> Totals(IEnumerable<Customer> customers, IEnumerable<Order> orders) =>
                    from c in customers
                    join o in orders on c.Id equals o.CustomerId into placed
                    let total = placed.Sum(o => o.Total)
                    where total > 0
                    orderby total descending, c.Name
                    select (c.Name, total);

                public static IEnumerable<IGrouping<char, Customer>> ByInitial(IEnumerable<Customer> customers) =>
                    from c in customers group c by c.Name[0];
            }
            """),
        new("collections of every kind", """
            using System.Collections.Immutable;
            using System.Collections.Frozen;

            public static class Collections
            {
                public static int Demo()
                {
                    int[] numbers = [3, 1, 2];
                    Array.Sort(numbers);
                    var set = new HashSet<int>(numbers) { 4 };
                    var queue = new Queue<string>();
                    queue.Enqueue("a");
                    var stack = new Stack<int>(set);
                    var immutable = ImmutableArray.Create(1, 2, 3).Add(4);
                    var frozen = new Dictionary<string, int> { ["a"] = 1 }.ToFrozenDictionary();
                    var linked = new LinkedList<int>(numbers);
                    var span = numbers.AsSpan(1);
                    var readOnly = new System.Collections.ObjectModel.ReadOnlyCollection<int>(numbers);
                    return set.Count + queue.Count + stack.Peek() + immutable.Length + frozen["a"] + linked.Count + span.Length + readOnly.Count;
                }
            }
            """),
        new("nullable values and conversions", """
            public static class Values
            {
                public static decimal OrZero(decimal? value) => value ?? 0m;

                public static int? Length(string? text) => text?.Length;

                public static string Id() => Guid.NewGuid().ToString("N") + Convert.ToBase64String(BitConverter.GetBytes(42)) + HashCode.Combine(1, "a");

                public static long Parse(string text) => long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;

                public static bool SameType(object a) => a is string && typeof(string) == typeof(string) && ReferenceEquals(a, a) && Equals(a, a);
            }
            """),
        new("modern C# that the compiler lowers to helpers", """
            using System.Collections.Immutable;

            public sealed class Customer(string id)
            {
                public string Id { get; } = id;

                public required string Name { get; init; }

                public List<string> Tags { get; init; } = [];

                public ImmutableArray<string> Codes { get; init; } = ["A", "B"];
            }

            public sealed class Scope : IDisposable
            {
                public int Disposed { get; private set; }

                public void Dispose() => Disposed++;
            }

            public ref struct Cursor(ReadOnlySpan<char> text)
            {
                private readonly ReadOnlySpan<char> _text = text;

                public readonly int Length => _text.Length;
            }

            public static class Modern
            {
                public static int Sum(params ReadOnlySpan<int> numbers)
                {
                    var total = 0;
                    foreach (var n in numbers)
                    {
                        total += n;
                    }

                    return total;
                }

                public static string Run()
                {
                    using var scope = new Scope();
                    var customer = new Customer("C-1") { Name = "Ada", Tags = ["vip"] };
                    var cursor = new Cursor("text".AsSpan());
                    var (first, rest) = ("a", new[] { 1, 2, 3 }[1..]);
                    string? missing = null;
                    return $"{customer.Id}/{customer.Name}/{Sum(1, 2, 3)}/{cursor.Length}/{first}{rest.Length}{missing ?? "-"}{customer.Codes[^1]}";
                }
            }
            """),
        new("nameof and usings name nothing", """
            using System.IO;
            using System.Reflection;

            public static class Names
            {
                public static string Of() => nameof(System.IO.File) + nameof(Assembly) + nameof(Environment.Exit);
            }
            """),
    ];
}
