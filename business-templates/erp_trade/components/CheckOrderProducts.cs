// Before Confirm: an order is confirmed only while every product on it is still sold.
foreach (var line in Document!.GetList("Lines"))
{
    var id = line.GetString("Product");
    var product = id is null ? null : Portal.Find("Product", id);
    if (product is null || !product.GetBool("Active"))
    {
        throw new System.InvalidOperationException($"The product {product?.GetString("Name") ?? id} is no longer sold; remove it from the order before confirming");
    }
}
