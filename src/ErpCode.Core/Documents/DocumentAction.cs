namespace ErpCode.Core.Documents;

/// <summary>What a history entry records.</summary>
public enum DocumentAction
{
    Created,
    Modified,
    Deleted,

    /// <summary>A workflow transition fired (the entry names it, with its variables).</summary>
    Transition,
}
