using System.Globalization;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Benchmarks;

/// <summary>
/// Deterministic sale-order-like documents: 21 top-level properties (strings, integers, decimal money, dates,
/// date-times, a bool, a nested customer and a small array of tags), about 1 KB of typed JSON each.
/// The same seed always yields the same documents, so every benchmark process loads the same file.
/// </summary>
public static class SaleOrders
{
    public const string CollectionName = "sale_orders";

    public const int Seed = 20_240_301;

    /// <summary>Eight statuses, drawn uniformly: each matches about 1/8 of the documents.</summary>
    public static readonly string[] Statuses = ["draft", "sent", "confirmed", "picking", "shipped", "invoiced", "paid", "cancelled"];

    private static readonly string[] Cities = ["Lyon", "Paris", "Lille", "Nantes", "Berlin", "Hamburg", "Milano", "Torino", "Madrid", "Sevilla", "Porto", "Gent"];
    private static readonly string[] Countries = ["FR", "DE", "IT", "ES", "PT", "BE"];
    private static readonly string[] Currencies = ["EUR", "EUR", "EUR", "USD", "GBP", "CHF"];
    private static readonly string[] Salespeople = ["a.martin", "b.durand", "c.bernard", "d.petit", "e.moreau", "f.laurent", "g.simon", "h.michel"];
    private static readonly string[] Warehouses = ["WH-LYS", "WH-CDG", "WH-HAM", "WH-MXP", "WH-MAD"];
    private static readonly string[] Tags = ["priority", "export", "b2b", "b2c", "dropship", "backorder", "gift", "fragile", "promo", "repeat"];
    private static readonly string[] Words = ["deliver", "before", "noon", "call", "customer", "on", "arrival", "leave", "at", "reception", "invoice", "monthly", "pallet", "partial", "shipment", "allowed"];
    private static readonly string[] CustomerPrefixes = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell", "Soylent", "Cyberdyne", "Wonka"];
    private static readonly string[] CustomerSuffixes = ["SARL", "SAS", "GmbH", "SpA", "SL", "Lda", "NV", "Ltd"];

    /// <summary>The collection: <c>total</c> declared Decimal, indexes on (status, total) and on customer.name.</summary>
    public static CollectionDefinition Definition { get; } = new CollectionDefinition(CollectionName)
        .WithField("status", ValueKind.String)
        .WithField("total", ValueKind.Decimal)
        .WithIndex("byStatusTotal", "status", "total")
        .WithIndex("byCustomer", "customer.name");

    public static string IdOf(int index) => "SO-" + (index + 1).ToString("D7", CultureInfo.InvariantCulture);

    public static List<NewDocument> Generate(int count, int seed = Seed)
    {
        var random = new Random(seed);
        var customers = Enumerable.Range(0, 2_000).Select(i => Customer(random, i)).ToArray();
        var epoch = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var documents = new List<NewDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var createdAt = epoch.AddSeconds(random.NextInt64(0, 730L * 24 * 3600)).AddMilliseconds(random.Next(1000));
            var orderDate = DateOnly.FromDateTime(createdAt);
            var lines = random.Next(1, 25);
            var quantity = lines * random.Next(1, 12);
            var subtotal = Money(random.Next(500, 5_000_000));
            var taxRate = random.Next(4) switch { 0 => 0.055m, 1 => 0.10m, _ => 0.20m };
            var discount = random.Next(5) == 0 ? Money(random.Next(0, 50_000)) : 0.00m;
            var tax = decimal.Round((subtotal - discount) * taxRate, 2, MidpointRounding.ToEven);
            var total = subtotal - discount + tax;
            var tagCount = random.Next(0, 4);
            var tags = new DocValue[tagCount];
            for (var t = 0; t < tagCount; t++)
            {
                tags[t] = Tags[random.Next(Tags.Length)];
            }

            var body = DocumentValue.Create(
                ("number", IdOf(i)),
                ("status", Statuses[random.Next(Statuses.Length)]),
                ("orderDate", orderDate),
                ("deliveryDate", orderDate.AddDays(random.Next(1, 30))),
                ("createdAt", createdAt),
                ("updatedAt", createdAt.AddMinutes(random.Next(0, 20_000))),
                ("customer", customers[random.Next(customers.Length)]),
                ("currency", Currencies[random.Next(Currencies.Length)]),
                ("lineCount", lines),
                ("quantity", quantity),
                ("subtotal", subtotal),
                ("discount", discount),
                ("taxRate", taxRate),
                ("tax", tax),
                ("total", total),
                ("paid", random.Next(3) == 0),
                ("salesperson", Salespeople[random.Next(Salespeople.Length)]),
                ("warehouse", Warehouses[random.Next(Warehouses.Length)]),
                ("priority", (long)random.Next(0, 5)),
                ("notes", Sentence(random, random.Next(3, 12))),
                ("tags", new ArrayValue(tags)));
            documents.Add(new NewDocument(IdOf(i), body, "SaleOrder"));
        }

        return documents;
    }

    private static DocumentValue Customer(Random random, int index)
    {
        var name = CustomerPrefixes[random.Next(CustomerPrefixes.Length)] + " " + (index + 1).ToString(CultureInfo.InvariantCulture) + " " + CustomerSuffixes[random.Next(CustomerSuffixes.Length)];
        return DocumentValue.Create(
            ("id", "C-" + (index + 1).ToString("D5", CultureInfo.InvariantCulture)),
            ("name", name),
            ("email", "orders@customer" + (index + 1).ToString(CultureInfo.InvariantCulture) + ".example"),
            ("city", Cities[random.Next(Cities.Length)]),
            ("country", Countries[random.Next(Countries.Length)]),
            ("creditLimit", Money(random.Next(100_000, 10_000_000))));
    }

    private static decimal Money(int cents) => new(cents, 0, 0, false, 2);

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
}
