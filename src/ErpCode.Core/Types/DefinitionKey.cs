using ErpCode.Core.Types.Storage;

namespace ErpCode.Core.Types;

/// <summary>Names one definition of the site: its kind and name, read as <c>PortalType SaleOrder</c>.</summary>
public sealed record DefinitionKey(DefinitionKind Kind, string Name)
{
    /// <summary>How problems and the audit log name the definition, such as <c>PortalType SaleOrder</c>.</summary>
    public string Label => $"{Kind} {Name}";

    public override string ToString() => Label;
}
