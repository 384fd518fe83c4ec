namespace ErpCode.Scripting;

/// <summary>
/// A document as stored code sees it: typed accessors by property name. Money is <see cref="decimal"/>, never
/// <see cref="double"/>; a missing property reads as <c>null</c> (or throws from the non-nullable accessors, naming it).
/// </summary>
public interface IDocumentAccess
{
    string Id { get; }

    /// <summary>The portal type, such as <c>SaleOrder</c>.</summary>
    string? Type { get; }

    bool Has(string name);

    /// <summary>The value as a CLR value: string, bool, long, decimal, DateTime (UTC), DateOnly, a list or a nested document; null when missing or null.</summary>
    object? Get(string name);

    string? GetString(string name);

    decimal GetDecimal(string name);

    long GetInt64(string name);

    bool GetBool(string name);

    DateTime GetDateTime(string name);

    DateOnly GetDate(string name);

    /// <summary>The nested documents of a list property, such as the lines of an order; empty when missing.</summary>
    IReadOnlyList<IDocumentAccess> GetList(string name);

    /// <summary>Sets a property on this in-memory document; the change is saved by whoever saves the document.</summary>
    void Set(string name, object? value);
}
