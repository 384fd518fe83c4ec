using ErpCode.Templates.Folders;

namespace ErpCode.Portal.Consultant.Templates;

/// <summary>A folder of <c>business-templates/</c>: the template read from it, or why it cannot be read.</summary>
public sealed record AvailableTemplate(string Name, TemplateFolder? Folder, string? Problem);
