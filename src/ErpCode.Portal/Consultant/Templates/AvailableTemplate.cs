using ErpCode.Templates.Folders;

namespace ErpCode.Portal.Consultant.Templates;

/// <summary>
/// A subfolder of a template source (<see cref="Source"/>, the folder it was found in): the template read from it, or
/// why it cannot be read. <see cref="Name"/> is null when the source folder itself cannot be read.
/// </summary>
public sealed record AvailableTemplate(string? Name, string Source, TemplateFolder? Folder, string? Problem);
