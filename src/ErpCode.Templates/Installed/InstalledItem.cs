using ErpCode.Templates.Items;

namespace ErpCode.Templates.Installed;

/// <summary>An item a template installed: which, from which template version, and the checksum of its files then.</summary>
public sealed record InstalledItem(TemplateItemKey Key, string TemplateVersion, string Checksum);
