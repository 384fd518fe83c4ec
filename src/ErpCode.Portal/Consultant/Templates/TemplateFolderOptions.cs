namespace ErpCode.Portal.Consultant.Templates;

/// <summary>
/// The <c>Portal</c> section of <c>appsettings.json</c> as the templates page reads it: the folders of templates it
/// offers besides the shipped <c>business-templates/</c>. The page reads no other folder; the web never chooses one.
/// </summary>
public sealed class TemplateFolderOptions
{
    public const string SectionName = "Portal";

    /// <summary>
    /// Extra folders of templates (each subfolder holding <c>template.yaml</c> is a template), absolute or relative
    /// to the content root (the folder of <c>appsettings.json</c>). A missing folder shows on the page as one that
    /// cannot be read. Defaults to none.
    /// </summary>
    public IList<string> TemplateFolders { get; } = [];
}
