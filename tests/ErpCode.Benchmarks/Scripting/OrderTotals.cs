using System.Globalization;
using System.Text;
using ErpCode.Core.Storage.Values;
using ErpCode.Scripting;
using ErpCode.Scripting.Globals;

namespace ErpCode.Benchmarks.Scripting;

/// <summary>
/// The loop-heavy business method of the call benchmarks, three times: as a stored Document component (C#, compiled at
/// run time with budget checkpoints), as the same C# compiled into the host (<see cref="HostSaleOrder"/>), and as
/// JavaScript for Jint, plus the C# in binary doubles (Jint's numbers) as a component and in the host. The order has <see cref="LineCount"/> lines; per line: amount = round2(quantity * price), a
/// discount rule (10 % from 1,000, else 5 % from 10 units), tax = round2(discounted * rate); result net + tax.
/// </summary>
internal static class OrderTotals
{
    public const int LineCount = 100;

    public const string Reference = "SaleOrder";

    public const string Method = "Totals";

    /// <summary>The component's source. <see cref="HostSaleOrder"/> is the same code, line for line.</summary>
    public const string ComponentSource = """
        public class SaleOrder : DocumentClass
        {
            public decimal Totals()
            {
                var lines = Document.GetList("Lines");
                var net = 0m;
                var tax = 0m;
                foreach (var line in lines)
                {
                    var quantity = line.GetDecimal("Quantity");
                    var amount = Round2(quantity * line.GetDecimal("Price"));
                    var discounted = amount - Round2(amount * DiscountRate(quantity, amount));
                    net += discounted;
                    tax += Round2(discounted * line.GetDecimal("TaxRate"));
                }

                return net + tax;
            }

            private static decimal DiscountRate(decimal quantity, decimal amount) =>
                amount >= 1000m ? 0.10m : quantity >= 10m ? 0.05m : 0m;

            private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
        }
        """;

    public const string DoubleReference = "SaleOrderDouble";

    /// <summary>
    /// The component in binary doubles, the numbers Jint computes with: each value read as the decimal it is stored as,
    /// converted once, and round2 as JavaScript's Math.round(v * 100) / 100 (half up, as Math.Floor(x + 0.5) does).
    /// <see cref="HostDoubleSaleOrder"/> is the same code, line for line.
    /// </summary>
    public const string DoubleComponentSource = """
        public class SaleOrderDouble : DocumentClass
        {
            public double Totals()
            {
                var lines = Document.GetList("Lines");
                var net = 0d;
                var tax = 0d;
                foreach (var line in lines)
                {
                    var quantity = (double)line.GetDecimal("Quantity");
                    var amount = Round2(quantity * (double)line.GetDecimal("Price"));
                    var discounted = amount - Round2(amount * DiscountRate(quantity, amount));
                    net += discounted;
                    tax += Round2(discounted * (double)line.GetDecimal("TaxRate"));
                }

                return net + tax;
            }

            private static double DiscountRate(double quantity, double amount) =>
                amount >= 1000 ? 0.10 : quantity >= 10 ? 0.05 : 0;

            private static double Round2(double value) => Math.Floor((value * 100) + 0.5) / 100;
        }
        """;

    /// <summary>
    /// The same logic in JavaScript over plain JS objects: numbers are binary doubles, and the rounding is the usual
    /// Math.round(v * 100) / 100 (half up for positive values, subject to binary representation).
    /// </summary>
    public const string JavaScriptSource = """
        function round2(value) { return Math.round(value * 100) / 100; }
        function discountRate(quantity, amount) { return amount >= 1000 ? 0.10 : quantity >= 10 ? 0.05 : 0; }
        function totals(order) {
            var lines = order.Lines;
            var net = 0;
            var tax = 0;
            for (var i = 0; i < lines.length; i++) {
                var line = lines[i];
                var quantity = line.Quantity;
                var amount = round2(quantity * line.Price);
                var discounted = amount - round2(amount * discountRate(quantity, amount));
                net += discounted;
                tax += round2(discounted * line.TaxRate);
            }
            return net + tax;
        }
        """;

    private static readonly decimal[] TaxRates = [0.20m, 0.10m, 0.055m, 0.021m];

    /// <summary>The 100 lines, the same for every variant (seeded).</summary>
    public static IReadOnlyList<(decimal Quantity, decimal Price, decimal TaxRate)> Lines { get; } = Generate();

    /// <summary>The order as ErpCode stores it and stored code sees it: a <see cref="DocumentValue"/> behind the real <see cref="IDocumentAccess"/>.</summary>
    public static IDocumentAccess StoredDocument() => ScriptContextFactory.Document(
        "SO-1",
        "SaleOrder",
        DocumentValue.Create(("Lines", new ArrayValue(Lines.Select(l => (DocValue)DocumentValue.Create(
            ("Quantity", new DecimalValue(l.Quantity)),
            ("Price", new DecimalValue(l.Price)),
            ("TaxRate", new DecimalValue(l.TaxRate))))))));

    /// <summary>The order as a lean in-memory <see cref="IDocumentAccess"/> (prebuilt lines, decimals in a dictionary), so accessor cost does not hide the checkpoints.</summary>
    public static IDocumentAccess PlainDocument() => new PlainDocument(
        "SO-1",
        new Dictionary<string, decimal>(StringComparer.Ordinal),
        [.. Lines.Select((l, i) => (IDocumentAccess)new PlainDocument(
            $"SO-1/Lines[{i}]",
            new Dictionary<string, decimal>(StringComparer.Ordinal) { ["Quantity"] = l.Quantity, ["Price"] = l.Price, ["TaxRate"] = l.TaxRate },
            []))]);

    /// <summary>The order as a JSON literal, for Jint (JS numbers).</summary>
    public static string Json()
    {
        var json = new StringBuilder("{\"Lines\":[");
        for (var i = 0; i < Lines.Count; i++)
        {
            var (quantity, price, rate) = Lines[i];
            json.Append(i == 0 ? "" : ",")
                .Append(CultureInfo.InvariantCulture, $"{{\"Quantity\":{quantity},\"Price\":{price},\"TaxRate\":{rate}}}");
        }

        return json.Append("]}").ToString();
    }

    /// <summary>The expected result, computed here in decimal with the same rules.</summary>
    public static decimal Expected() => new HostSaleOrder(PlainDocument()).Totals();

    private static List<(decimal, decimal, decimal)> Generate()
    {
        var random = new Random(42);
        var lines = new List<(decimal, decimal, decimal)>(LineCount);
        for (var i = 0; i < LineCount; i++)
        {
            // Whole quantities mostly, some halves; prices in cents from 0.50 to 1,500.00.
            var quantity = random.Next(1, 25) + (random.Next(4) == 0 ? 0.5m : 0m);
            var price = random.Next(50, 150_001) / 100m;
            lines.Add((quantity, price, TaxRates[random.Next(TaxRates.Length)]));
        }

        return lines;
    }
}

/// <summary>The component's code compiled into the host: the same statements, no checkpoints, over the same <see cref="IDocumentAccess"/>.</summary>
internal sealed class HostSaleOrder(IDocumentAccess document)
{
    private IDocumentAccess Document { get; } = document;

    public decimal Totals()
    {
        var lines = Document.GetList("Lines");
        var net = 0m;
        var tax = 0m;
        foreach (var line in lines)
        {
            var quantity = line.GetDecimal("Quantity");
            var amount = Round2(quantity * line.GetDecimal("Price"));
            var discounted = amount - Round2(amount * DiscountRate(quantity, amount));
            net += discounted;
            tax += Round2(discounted * line.GetDecimal("TaxRate"));
        }

        return net + tax;
    }

    private static decimal DiscountRate(decimal quantity, decimal amount) =>
        amount >= 1000m ? 0.10m : quantity >= 10m ? 0.05m : 0m;

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

/// <summary>The double component's code compiled into the host: the same statements, no checkpoints, over the same <see cref="IDocumentAccess"/>.</summary>
internal sealed class HostDoubleSaleOrder(IDocumentAccess document)
{
    private IDocumentAccess Document { get; } = document;

    public double Totals()
    {
        var lines = Document.GetList("Lines");
        var net = 0d;
        var tax = 0d;
        foreach (var line in lines)
        {
            var quantity = (double)line.GetDecimal("Quantity");
            var amount = Round2(quantity * (double)line.GetDecimal("Price"));
            var discounted = amount - Round2(amount * DiscountRate(quantity, amount));
            net += discounted;
            tax += Round2(discounted * (double)line.GetDecimal("TaxRate"));
        }

        return net + tax;
    }

    private static double DiscountRate(double quantity, double amount) =>
        amount >= 1000 ? 0.10 : quantity >= 10 ? 0.05 : 0;

    private static double Round2(double value) => Math.Floor((value * 100) + 0.5) / 100;
}

/// <summary>
/// The JavaScript version's arithmetic in C#: binary doubles and round2 as Math.round(v * 100) / 100 (JS Math.round
/// rounds half up, as Math.Floor(x + 0.5) does), over the lines in a plain array, no accessor: the arithmetic alone.
/// </summary>
internal sealed class HostDoubleArraySaleOrder
{
    private readonly (double Quantity, double Price, double TaxRate)[] _lines;

    public HostDoubleArraySaleOrder(IEnumerable<(decimal Quantity, decimal Price, decimal TaxRate)> lines) =>
        _lines = [.. lines.Select(l => ((double)l.Quantity, (double)l.Price, (double)l.TaxRate))];

    public double Totals()
    {
        var net = 0d;
        var tax = 0d;
        foreach (var (quantity, price, rate) in _lines)
        {
            var amount = Round2(quantity * price);
            var discounted = amount - Round2(amount * DiscountRate(quantity, amount));
            net += discounted;
            tax += Round2(discounted * rate);
        }

        return net + tax;
    }

    private static double DiscountRate(double quantity, double amount) =>
        amount >= 1000 ? 0.10 : quantity >= 10 ? 0.05 : 0;

    private static double Round2(double value) => Math.Floor((value * 100) + 0.5) / 100;
}

/// <summary>A lean <see cref="IDocumentAccess"/>: decimals by name and a prebuilt list of lines.</summary>
internal sealed class PlainDocument(string id, Dictionary<string, decimal> values, IReadOnlyList<IDocumentAccess> lines) : IDocumentAccess
{
    public string Id { get; } = id;

    public string? Type => null;

    public bool Has(string name) => values.ContainsKey(name) || name == "Lines";

    public object? Get(string name) => values.TryGetValue(name, out var value) ? value : null;

    public string? GetString(string name) => throw new NotSupportedException();

    public decimal GetDecimal(string name) => values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"No '{name}'.");

    public long GetInt64(string name) => throw new NotSupportedException();

    public bool GetBool(string name) => throw new NotSupportedException();

    public DateTime GetDateTime(string name) => throw new NotSupportedException();

    public DateOnly GetDate(string name) => throw new NotSupportedException();

    public IReadOnlyList<IDocumentAccess> GetList(string name) => name == "Lines" ? lines : [];

    public void Set(string name, object? value) => throw new NotSupportedException();
}
