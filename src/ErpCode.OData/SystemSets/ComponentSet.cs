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
/// <c>Diagnostics</c>; the version that runs stays the last one that compiled. <c>Action</c> is a Script's declaration as
/// an action of the site, as the JSON text of a template's metadata file (null: none); PATCH sets or clears it.
/// </summary>
internal sealed class ComponentSet(ComponentService components) : SystemSet
{
    private const string ActionProperty = "Action";

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
        type.AddStructuralProperty(ActionProperty, EdmPrimitiveTypeKind.String, isNullable: true);
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
        if (changes.Names.FirstOrDefault(n => n is not ("Source" or "Reference" or "Kind" or ActionProperty)) is { } other)
        {
            throw ODataRequestException.BadPayload($"Only Source and Action can be changed here; {other} is set by the server or through its own command.", other);
        }

        if (Text(changes, "Kind") is { } kind && kind != existing.Kind.ToString())
        {
            throw ODataRequestException.BadPayload($"{key} is a {existing.Kind} component and cannot become a {kind}.", "Kind");
        }

        // PUT replaces: an Action it does not give is cleared, as a Source it does not give is.
        var action = changes.TryGet(ActionProperty, out var given) ? ActionOf(given, key) : null;
        var saved = changes.Contains("Source") || replace
            ? await SaveAsync(call, key, existing.Kind, Text(changes, "Source") ?? (replace ? string.Empty : existing.Source))
            : Row(existing);
        var touchesAction = changes.Contains(ActionProperty) || replace;
        return touchesAction && !Equals(action, existing.Action)
            ? Row(await components.SetActionAsync(key, action, call.Caller, call.Aborted))
            : saved;
    }

    /// <summary>The declaration given in <c>Action</c>: its JSON text as a template's metadata file has it, or null for none.</summary>
    private static SiteAction? ActionOf(DocValue value, string key) => value switch
    {
        NullValue => null,
        StringValue { Value: var text } => Parse(text, key),
        _ => throw ODataRequestException.BadPayload("Action is the declaration's JSON text, such as {\"roles\": [\"Sales\"], \"parameters\": [], \"returns\": \"Decimal\"}, or null.", ActionProperty),
    };

    private static SiteAction Parse(string text, string key)
    {
        try
        {
            return Templates.Items.SiteActionText.Read(text, $"the Action of {key}");
        }
        catch (Templates.Errors.TemplateFormatException ex)
        {
            throw ODataRequestException.BadPayload(ex.Message, ActionProperty, ex);
        }
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
        ("ProxyRoles", Strings(component.ProxyRoles.IsDefault ? [] : component.ProxyRoles)),
        (ActionProperty, component.Action is { } action ? Templates.Items.SiteActionText.Write(action) : null));
}
