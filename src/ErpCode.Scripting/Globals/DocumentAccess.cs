using ErpCode.Core.Storage.Values;

namespace ErpCode.Scripting.Globals;

/// <summary>
/// A document as stored code sees it, over its stored body. <see cref="Set"/> changes this in-memory copy
/// (<see cref="Body"/>); whoever saves the document writes it, through the document service's checks.
/// </summary>
internal sealed class DocumentAccess(string id, string? type, DocumentValue body) : IDocumentAccess
{
    public string Id { get; } = id;

    public string? Type { get; } = type;

    public DocumentValue Body { get; private set; } = body;

    public bool Has(string name) => Body.Contains(name);

    public object? Get(string name) => Body.TryGet(name, out var value) ? ClrValues.ToClr(value) : null;

    public string? GetString(string name) => Get(name) switch
    {
        null => null,
        string s => s,
        var other => throw WrongKind(name, "a string", other),
    };

    public decimal GetDecimal(string name) => Required(name) switch
    {
        decimal d => d,
        long l => l,
        var other => throw WrongKind(name, "a number", other),
    };

    public long GetInt64(string name) => Required(name) is long l ? l : throw WrongKind(name, "an integer", Get(name));

    public bool GetBool(string name) => Required(name) is bool b ? b : throw WrongKind(name, "a boolean", Get(name));

    public DateTime GetDateTime(string name) => Required(name) is DateTime dt ? dt : throw WrongKind(name, "a date-time", Get(name));

    public DateOnly GetDate(string name) => Required(name) is DateOnly d ? d : throw WrongKind(name, "a date", Get(name));

    public IReadOnlyList<IDocumentAccess> GetList(string name) => Body.TryGet(name, out var value) && value is ArrayValue array
        ? [.. array.Items.Select((item, i) => item is DocumentValue doc
            ? (IDocumentAccess)new DocumentAccess($"{Id}/{name}[{i}]", null, doc)
            : throw new InvalidOperationException($"Property '{name}' of document '{Id}' holds a list of values, not of documents."))]
        : [];

    public void Set(string name, object? value) => Body = Body.With(name, ClrValues.FromClr(value, name));

    private object Required(string name) =>
        Get(name) ?? throw new InvalidOperationException($"Document '{Id}' has no value for property '{name}'.");

    private InvalidOperationException WrongKind(string name, string wanted, object? actual) =>
        new($"Property '{name}' of document '{Id}' holds {actual?.GetType().Name ?? "null"}, not {wanted}.");
}
