namespace ErpCode.Templates.Planning;

/// <summary>The operations that change a site's templates.</summary>
public enum TemplateOperation
{
    Install,
    Upgrade,
    Uninstall,
}
