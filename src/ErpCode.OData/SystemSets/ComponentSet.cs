using ErpCode.Core.Components;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage.Values;
using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using Microsoft.OData.Edm;

namespace ErpCode.OData.SystemSets;

/// <summary>
/// <c>Components</c>: stored code, read and written by callers with ManageCode. POST creates one
/// (<c>Reference</c>, <c>Kind</c>, <c>Source</c>); PATCHing <c>Source</c> is how code is edited remotely. A source
/// that does not compile is kept (Modified, or Draft when nothing ever compiled) and answered 200 with its
/// <c>Diagnostics</c>; the version that runs stays the last one that compiled.
/// </summary>
internal sealed class ComponentSet(ComponentService components) : SystemSet
{
    public override string Name => "Components";

    public override string TypeName => "Component";

    public override string Key => "Reference";

    public override void Define(EdmEntityType type)
    {
        type.AddKeys(type.AddStructuralProperty(Key, EdmPrimitiveTypeKind.String, isNullable: false));
        type.AddStructuralProperty("Kind", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("Source", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("ValidationState", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("Version", EdmPrimitiveTypeKind.Int64, isNullable: true);
        type.AddStructuralProperty("Runs", EdmPrimitiveTypeKind.Boolean, isNullable: true);
        type.AddStructuralProperty("Diagnostics", new EdmCollectionTypeReference(new EdmCollectionType(EdmCoreModel.Instance.GetString(isNullable: false))));
        type.AddStructuralProperty("ProxyRoles", new EdmCollectionTypeReference(new EdmCollectionType(EdmCoreModel.Instance.GetString(isNullable: false))));
    }

    public override async Task<IReadOnlyList<DocumentValue>> ListAsync(ODataCall call)
    {
        return [.. (await components.ListAsync(call.Caller, call.Aborted)).Select(Row)];
    }

    public override async Task<DocumentValue?> FindAsync(ODataCall call, string key)
    {
        return await components.FindAsync(key, call.Caller, call.Aborted) is { } found ? Row(found) : null;
    }

    /// <inheritdoc />
    protected override IReadOnlyList<string> EntityMethods => ["GET", "PATCH", "PUT"];

    public override async Task<DocumentValue> CreateAsync(ODataCall call, DocumentValue input)
    {
        var reference = Text(input, Key) ?? throw ODataRequestException.BadPayload("A new component needs its Reference.", Key);
        var kindText = Text(input, "Kind");
        if (!Enum.TryParse<ComponentKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            throw ODataRequestException.BadPayload($"Kind must be one of {string.Join(", ", Enum.GetNames<ComponentKind>())}, not '{kindText}'.", "Kind");
        }

        return await SaveAsync(call, reference, kind, Text(input, "Source") ?? string.Empty);
    }

    public override async Task<DocumentValue> UpdateAsync(ODataCall call, string key, DocumentValue changes, bool replace)
    {
        var existing = await components.FindAsync(key, call.Aborted)
            ?? throw new ODataRequestException(StatusCodes.Status404NotFound, ODataErrorCodes.NotFound, $"There is no component '{key}'.");
        if (changes.Names.FirstOrDefault(n => n is not ("Source" or "Reference" or "Kind")) is { } other)
        {
            throw ODataRequestException.BadPayload($"Only Source can be changed here; {other} is set by the server or through its own command.", other);
        }

        if (Text(changes, "Kind") is { } kind && kind != existing.Kind.ToString())
        {
            throw ODataRequestException.BadPayload($"{key} is a {existing.Kind} component and cannot become a {kind}.", "Kind");
        }

        return await SaveAsync(call, key, existing.Kind, Text(changes, "Source") ?? (replace ? string.Empty : existing.Source));
    }

    private async Task<DocumentValue> SaveAsync(ODataCall call, string reference, ComponentKind kind, string source)
    {
        // The component service makes this node run saved code from the next request.
        return Row(await components.SaveAsync(reference, kind, source, call.Caller, call.Aborted));
    }

    private static DocumentValue Row(Component component) => DocumentValue.Create(
        ("Reference", component.Reference),
        ("Kind", component.Kind.ToString()),
        ("Source", component.Source),
        ("ValidationState", component.ValidationState.ToString()),
        ("Version", (long)component.Version),
        ("Runs", component.Runs),
        ("Diagnostics", Strings(component.Diagnostics.Select(d => d.ToString()))),
        ("ProxyRoles", Strings(component.ProxyRoles.IsDefault ? [] : component.ProxyRoles)));
}
