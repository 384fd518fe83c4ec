using ErpCode.Core.Storage.Values;
using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using Microsoft.OData.Edm;

namespace ErpCode.OData.SystemSets;

/// <summary>
/// One system entity set (<c>PortalTypes</c>, <c>Components</c>, <c>Users</c>, …): its entity type in the model and
/// its rows, read and written through the service that owns them, which checks the caller's permission. Rows are
/// small lists, so query options are applied to them in memory.
/// </summary>
internal abstract class SystemSet
{
    /// <summary>The entity set's name, such as <c>PortalTypes</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The entity type's name in the <c>ErpCode.System</c> namespace, such as <c>PortalType</c>.</summary>
    public abstract string TypeName { get; }

    /// <summary>The key property's name.</summary>
    public abstract string Key { get; }

    /// <summary>Adds the key and the properties to the (empty) entity type.</summary>
    public abstract void Define(EdmEntityType type);

    /// <summary>Every row the caller may read; throws PermissionDeniedException when they may read none.</summary>
    public abstract Task<IReadOnlyList<DocumentValue>> ListAsync(ODataCall call);

    public virtual async Task<DocumentValue?> FindAsync(ODataCall call, string key) =>
        (await ListAsync(call)).FirstOrDefault(r => r.TryGet(Key, out var value) && value is StringValue s && s.Value == key);

    public virtual Task<DocumentValue> CreateAsync(ODataCall call, DocumentValue input) => throw ReadOnly("POST");

    /// <summary>PATCH (<paramref name="replace"/> false) or PUT of the row with that key; returns the row after it.</summary>
    public virtual Task<DocumentValue> UpdateAsync(ODataCall call, string key, DocumentValue changes, bool replace) => throw ReadOnly(replace ? "PUT" : "PATCH");

    public virtual Task DeleteAsync(ODataCall call, string key) => throw ReadOnly("DELETE");

    /// <summary>The methods an entity of this set takes (GET, and those of the writes it overrides): the <c>Allow</c> of a refused one.</summary>
    protected virtual IReadOnlyList<string> EntityMethods => ["GET"];

    protected ODataRequestException ReadOnly(string method) =>
        new(StatusCodes.Status405MethodNotAllowed, ODataErrorCodes.MethodNotAllowed, $"{Name} cannot be changed with {method}.", Microsoft.Net.Http.Headers.HeaderNames.Allow)
        {
            // POST is refused only by sets that take no writes at all; the others are refused on one entity.
            Allow = method == "POST" ? ["GET"] : [.. EntityMethods],
        };

    protected static string? Text(DocumentValue row, string name) => row.TryGet(name, out var value) && value is StringValue s ? s.Value : null;

    protected static ArrayValue Strings(IEnumerable<string> values) => new(values.Select(v => (DocValue)v));
}
