namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>A realistic document class of about 300 lines, for timing the sandbox the way a save in the editor runs it.</summary>
internal static class SampleComponent
{
    public static string Source(int methods = 14)
    {
        var body = string.Concat(Enumerable.Range(0, methods).Select(Method));
        return $$"""
            using System.Globalization;
            using System.Text.RegularExpressions;

            public record OrderLine(string Product, decimal Quantity, decimal Price, decimal Discount);

            public class SaleOrder : DocumentClass
            {
                private const decimal VatRate = 0.2m;
                private readonly Regex _reference = new(@"^SO-\d+$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

                private List<OrderLine> Lines() =>
                    Document.GetList("Lines")
                        .Select(l => new OrderLine(l.GetString("Product") ?? "", l.GetDecimal("Quantity"), l.GetDecimal("Price"), l.GetDecimal("Discount")))
                        .ToList();

            {{body}}
            }
            """;
    }

    private static string Method(int i) => $$"""
            [Exposed(ReadOnly = true)]
            public string Report{{i}}(string? filter)
            {
                var lines = Lines().Where(l => filter is null || l.Product.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
                var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
                foreach (var (product, quantity, price, discount) in lines)
                {
                    var net = Math.Round(quantity * price * (1 - discount), 2, MidpointRounding.AwayFromZero);
                    totals[product] = totals.TryGetValue(product, out var sum) ? sum + net : net;
                }

                var builder = new StringBuilder();
                foreach (var pair in totals.OrderByDescending(p => p.Value).ThenBy(p => p.Key))
                {
                    builder.Append(CultureInfo.InvariantCulture, $"{pair.Key}: {pair.Value * (1 + VatRate):0.00}; ");
                }

                var ok = _reference.IsMatch(Document.Id) && Context.Clock.Today.AddDays({{i}}) > DateOnly.MinValue;
                return ok ? builder.ToString() : $"{Document.Id} ({Context.User.Name})";
            }

        """;
}
