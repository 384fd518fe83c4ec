// An action of the site: POST /odata/RepeatSaleOrder {"Order": "SO-2026-00012"} makes a new draft order for the same
// customer, in the same currency, with the same products, quantities, prices, discounts and taxes, dated today, and
// returns its id. It runs with the caller's permissions: they must be able to read the order and create one.
var orderId = (string)Parameters["Order"]!;
var order = Portal.Find("SaleOrder", orderId)
    ?? throw new InvalidOperationException($"there is no sale order {orderId}, or you may not see it");
var lines = new List<object?>();
foreach (var line in order.GetList("Lines"))
{
    lines.Add(new Dictionary<string, object?>
    {
        ["Product"] = line.Get("Product"),
        ["Description"] = line.Get("Description"),
        ["Quantity"] = line.Get("Quantity"),
        ["Price"] = line.Get("Price"),
        ["Discount"] = line.Get("Discount"),
        ["Tax"] = line.Get("Tax"),
    });
}

var repeated = Portal.Create("SaleOrder", "", null, new Dictionary<string, object?>
{
    ["Customer"] = order.Get("Customer"),
    ["Contact"] = order.Get("Contact"),
    ["Currency"] = order.Get("Currency"),
    ["CustomerReference"] = Parameters["CustomerReference"] ?? order.Get("CustomerReference"),
    ["Notes"] = $"Repeats {order.Id}.",
    ["Lines"] = lines,
});
Log.Info($"{User.Name} repeated {order.Id} as {repeated.Id}");
return repeated.Id;
