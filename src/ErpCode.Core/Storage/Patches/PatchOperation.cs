using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Patches;

/// <summary>One change of a partial update: set a path to a value (creating missing parent documents) or remove it.</summary>
public abstract record PatchOperation(FieldPath Path);

public sealed record SetOperation(FieldPath Path, DocValue Value) : PatchOperation(Path);

public sealed record UnsetOperation(FieldPath Path) : PatchOperation(Path);
