using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using ErpCode.Templates.Installed;
using ErpCode.Templates.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData.Edm;

namespace ErpCode.OData.SystemSets;

/// <summary>
/// <c>BusinessTemplates</c>, read-only: the installed templates through the template service, which checks
/// ManageTemplates. Installing and upgrading stay with the CLI, which shows a plan and asks before applying it.
/// </summary>
internal sealed class BusinessTemplateSet(IServiceProvider services) : SystemSet
{
    public override string Name => "BusinessTemplates";

    public override string TypeName => "BusinessTemplate";

    public override string Key => "Name";

    public override void Define(EdmEntityType type)
    {
        type.AddKeys(type.AddStructuralProperty(Key, EdmPrimitiveTypeKind.String, isNullable: false));
        type.AddStructuralProperty("Version", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("InstalledAt", EdmPrimitiveTypeKind.DateTimeOffset, isNullable: true);
        type.AddStructuralProperty("InstalledBy", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("Dependencies", new EdmCollectionTypeReference(new EdmCollectionType(EdmCoreModel.Instance.GetString(isNullable: false))));
        type.AddStructuralProperty("Items", EdmPrimitiveTypeKind.Int64, isNullable: true);
        type.AddStructuralProperty("Manifest", EdmPrimitiveTypeKind.String, isNullable: true);
    }

    public override async Task<IReadOnlyList<DocumentValue>> ListAsync(ODataCall call)
    {
        // The template layer is part of the server but not of every host of this API.
        var templates = services.GetService<TemplateService>()
            ?? throw new ODataRequestException(StatusCodes.Status501NotImplemented, ODataErrorCodes.NotImplemented, "This host runs no template service.");
        IReadOnlyList<InstalledTemplate> installed;
        try
        {
            installed = await templates.ListAsync(call.Caller, call.Aborted);
        }
        catch (UnknownCollectionException)
        {
            // The template collection is created with the first install: the caller passed the permission check, and there is none.
            installed = [];
        }

        return [.. installed.Select(t => DocumentValue.Create(
            ("Name", t.Name),
            ("Version", t.Version.ToString()),
            ("InstalledAt", new DateTimeValue(t.InstalledAt)),
            ("InstalledBy", t.InstalledBy),
            ("Dependencies", Strings(t.Dependencies.Select(d => d.ToString() ?? string.Empty))),
            ("Items", (long)t.Items.Length),
            ("Manifest", t.ManifestText)))];
    }
}
