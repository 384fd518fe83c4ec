namespace ErpCode.Templates.Items;

/// <summary>The kinds of item a business template carries, in the order they are listed and applied.</summary>
public enum TemplateItemKind
{
    Role,
    Category,
    PropertySheet,
    Workflow,
    PortalType,
    Component,
    Data,
}
