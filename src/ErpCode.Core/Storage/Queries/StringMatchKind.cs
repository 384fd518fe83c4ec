namespace ErpCode.Core.Storage.Queries;

public enum StringMatchKind
{
    StartsWith,
    EndsWith,
    Contains,
}
