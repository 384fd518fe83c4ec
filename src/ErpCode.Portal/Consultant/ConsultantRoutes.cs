using ErpCode.Core.Types.Storage;

namespace ErpCode.Portal.Consultant;

/// <summary>The addresses of the consultant pages, under <see cref="Navigation.PortalRoutes.Consultant"/>.</summary>
public static class ConsultantRoutes
{
    public const string Components = "/consultant/components";

    public const string NewComponent = "/consultant/components/new";

    public const string Templates = "/consultant/templates";

    public static string Component(string reference) => $"{Components}/{Uri.EscapeDataString(reference)}";

    /// <summary>The list of one kind of definition: <c>/consultant/definitions/property-sheets</c>.</summary>
    public static string DefinitionList(DefinitionKind kind) => $"/consultant/definitions/{Definitions.DefinitionKinds.Get(kind).Segment}";

    public static string Definition(DefinitionKind kind, string name) => $"{DefinitionList(kind)}/{Uri.EscapeDataString(name)}";

    public static string NewDefinition(DefinitionKind kind) => $"{DefinitionList(kind)}/new";
}
