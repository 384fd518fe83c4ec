namespace ErpCode.Core.Documents;

/// <summary>What a history entry records.</summary>
public enum DocumentAction
{
    Created,
    Modified,
    Deleted,
}
