using System.Collections.Immutable;
using ErpCode.Core.Storage.Queries;

namespace ErpCode.Core.Storage.Collections;

/// <summary>An index over one or more fields; <see cref="Unique"/> refuses two documents with the same values.</summary>
public sealed record IndexDefinition(string Name, ImmutableArray<SortField> Fields, bool Unique = false)
{
    public static IndexDefinition On(string name, params string[] paths) =>
        new(name, [.. paths.Select(p => new SortField(FieldPath.Parse(p)))]);
}
