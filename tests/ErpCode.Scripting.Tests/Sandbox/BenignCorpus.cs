namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>Ordinary business code: it must pass the sandbox untouched and compile without errors.</summary>
internal static partial class BenignCorpus
{
    public static IReadOnlyList<SandboxCase> All { get; } = [.. Classes(), .. Scripts()];

    public static SandboxCase Named(string name) => All.Single(c => c.Name == name);

    private static IEnumerable<SandboxCase> Scripts() =>
    [
        SandboxCase.InScript("a script using its globals", "", "", """
            var total = Document!.GetDecimal("Total");
            if (total > 1000m && !User.IsInRole("Manager"))
            {
                Log.Warning($"{User.Name} may not confirm {Document.Id} of {total:0.00}");
                return false;
            }

            var lines = Document.GetList("Lines");
            var sum = lines.Sum(l => l.GetDecimal("Quantity") * l.GetDecimal("Price"));
            Document.Set("CheckedAt", Clock.UtcNow);
            return sum == total && Clock.Today.DayOfWeek != DayOfWeek.Sunday;
            """),
        SandboxCase.InScript("an expression", "", "", """
            Document?.GetString("State") == "Draft" && (Parameters.TryGetValue("Force", out var force) ? force is true : true)
            """),
        SandboxCase.InScript("a script querying the portal", "", "", """
            var customer = Portal.Find("Customers", Document!.GetString("Customer") ?? "");
            var open = Portal.Query("SaleOrders", "Customer", customer?.Id, take: 50)
                .Where(o => o.GetString("State") != "Closed")
                .Sum(o => o.GetDecimal("Total"));
            var created = Portal.Create("Notes", Guid.NewGuid().ToString("N"), "Note", new Dictionary<string, object?> { ["Text"] = $"Open: {open}" });
            return created.Id;
            """),
    ];
}
