using System.Collections.Immutable;
using ErpCode.Templates.Items;

namespace ErpCode.Templates.Export;

/// <summary>What an export wrote: the template folder, its files (relative paths), and the installed items the site no longer has.</summary>
public sealed record TemplateExport(string Folder, ImmutableArray<string> Files, ImmutableArray<TemplateItemKey> Missing);
