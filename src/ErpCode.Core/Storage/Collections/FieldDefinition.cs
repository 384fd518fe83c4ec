using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Collections;

/// <summary>
/// A property whose kind the collection declares. Writes holding another kind there are refused, and so are
/// filters that compare it with a value of another kind. <see cref="ValueKind.Int64"/> and
/// <see cref="ValueKind.Decimal"/> compare with each other. Null is always allowed.
/// </summary>
public sealed record FieldDefinition(FieldPath Path, ValueKind Kind);
