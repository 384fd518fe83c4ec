namespace ErpCode.Core.Documents;

/// <summary>
/// What a caller may do now with one document of a type, or with a new one (<see cref="Create"/>), decided by the same
/// rule the document service applies when they try; adapters use it to hide what would be refused.
/// </summary>
public sealed record DocumentRights(bool Create, bool Modify, bool Delete)
{
    public static DocumentRights None { get; } = new(false, false, false);
}
