using ErpCode.Core.Types.Storage;

namespace ErpCode.Portal.Consultant.Definitions;

/// <summary>How the consultant pages show one kind of definition: its address segment, titles and the permission to change it.</summary>
public sealed record DefinitionKindInfo(DefinitionKind Kind, string Segment, string Plural, string Singular, string Permission);
