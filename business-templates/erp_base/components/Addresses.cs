using System.Linq;
using ErpCode.Scripting;

/// <summary>Helpers for the addresses contained in persons and organisations.</summary>
public static class Addresses
{
    /// <summary>The first address of <paramref name="kind"/> of <paramref name="party"/> as "street, postal code city"; empty when it has none.</summary>
    public static string Line(IDocumentAccess party, string kind)
    {
        var address = party.GetList("Addresses").FirstOrDefault(a => a.GetString("Kind") == kind);
        if (address is null)
        {
            return string.Empty;
        }

        var city = string.Join(" ", new[] { address.GetString("PostalCode"), address.GetString("City") }.Where(s => !string.IsNullOrEmpty(s)));
        return address.GetString("Street") + ", " + city;
    }
}
