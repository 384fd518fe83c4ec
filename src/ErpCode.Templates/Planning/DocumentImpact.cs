namespace ErpCode.Templates.Planning;

/// <summary>What happens to the documents of a portal type an operation removes: how many there are and what becomes of them.</summary>
public sealed record DocumentImpact(string PortalType, long Documents, string Outcome)
{
    public override string ToString() => $"{Documents} document(s) of {PortalType}: {Outcome}";
}
