namespace ErpCode.Core.Types.Runtime;

/// <summary>A child type allowed in a portal type, and the parent property that holds its documents.</summary>
public sealed record RuntimeChild(string Property, RuntimeType Type);
