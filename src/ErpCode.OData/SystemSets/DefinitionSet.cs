using ErpCode.Core.Security.Roles;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Storage;
using ErpCode.Core.Workflows.Definitions;
using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using Microsoft.OData.Edm;

namespace ErpCode.OData.SystemSets;

/// <summary>
/// Definitions (<c>PortalTypes</c>, <c>PropertySheets</c>, <c>Workflows</c>, <c>Roles</c>) as rows of
/// <c>Name</c>, <c>Title</c> and <c>Definition</c>, the definition's JSON as the CLI and the templates write it.
/// One JSON property instead of every nested field keeps the API as stable as the definition format itself and
/// lets a client round-trip a definition unchanged. Reading and writing need the kind's permission (ManageTypes,
/// ManageWorkflows, ManageUsers); writes go through the definition service, which checks the site and audits.
/// </summary>
internal sealed class DefinitionSet<T>(string name, string typeName, DefinitionKind kind, Func<SiteLease, IEnumerable<T>> read, Func<T, string> nameOf, Func<T, string?> titleOf, Func<DefinitionService, T, ODataCall, Task<T>> save, ISiteRuntime runtime, DefinitionService definitions, Core.Security.Authorization.SecurityPolicy policy) : SystemSet
    where T : class
{
    private const string DefinitionProperty = "Definition";

    public override string Name => name;

    public override string TypeName => typeName;

    public override string Key => "Name";

    public override void Define(EdmEntityType type)
    {
        type.AddKeys(type.AddStructuralProperty(Key, EdmPrimitiveTypeKind.String, isNullable: false));
        type.AddStructuralProperty("Title", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty(DefinitionProperty, EdmPrimitiveTypeKind.String, isNullable: true);
    }

    public override async Task<IReadOnlyList<DocumentValue>> ListAsync(ODataCall call)
    {
        await policy.DemandAsync(call.Caller, DefinitionService.PermissionFor(kind), name, call.Aborted);
        using var lease = runtime.Lease();
        return [.. read(lease).Select(Row)];
    }

    /// <inheritdoc />
    protected override IReadOnlyList<string> EntityMethods => ["GET", "PATCH", "PUT", "DELETE"];

    public override async Task<DocumentValue> CreateAsync(ODataCall call, DocumentValue input) =>
        Row(await save(definitions, Parse(input, Text(input, Key)), call));

    public override async Task<DocumentValue> UpdateAsync(ODataCall call, string key, DocumentValue changes, bool replace) =>
        Row(await save(definitions, Parse(changes, key), call));

    public override Task DeleteAsync(ODataCall call, string key) => definitions.DeleteAsync(kind, key, call.Caller, call.Aborted);

    private DocumentValue Row(T definition) => DocumentValue.Create(
        ("Name", nameOf(definition)),
        ("Title", titleOf(definition)),
        (DefinitionProperty, DefinitionCodec.ToJson(definition)));

    /// <summary>The definition in the body's <c>Definition</c>; its name must be the row's.</summary>
    private T Parse(DocumentValue body, string? key)
    {
        var json = Text(body, DefinitionProperty) ?? throw ODataRequestException.BadPayload($"{Name} are written whole: send the definition's JSON in \"{DefinitionProperty}\".", DefinitionProperty);
        var definition = DefinitionCodec.Read<T>(json, $"{typeName} {key}");
        if (key is not null && nameOf(definition) != key)
        {
            throw ODataRequestException.BadPayload($"The definition is named '{nameOf(definition)}' but is written to '{key}'; a definition is renamed by creating the new one and deleting the old.", DefinitionProperty);
        }

        return definition;
    }
}
