namespace ErpCode.Templates.Manifest;

/// <summary>A template another one needs, with the versions it accepts: <c>erp_base &gt;=1.0.0 &lt;2.0.0</c>.</summary>
public sealed record TemplateDependency(string Name, VersionRange Versions)
{
    public override string ToString() => $"{Name} {Versions}";
}
