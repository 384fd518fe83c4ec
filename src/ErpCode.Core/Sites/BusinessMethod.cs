using System.Collections.Immutable;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Sites;

/// <summary>
/// A business method a Document component exposes (marked <c>[Exposed]</c>): its name, whether it only reads, its
/// parameters and what it returns (null: nothing). Parameter and return types are the scalar property types
/// (String, Int, Decimal, Bool, Date, DateTime); a method using other types is not exposed.
/// </summary>
public sealed record BusinessMethod(string Name, bool ReadOnly, ImmutableArray<BusinessMethodParameter> Parameters, PropertyType? Returns);

/// <summary>A parameter of a business method; optional when it has a default value or is nullable.</summary>
public sealed record BusinessMethodParameter(string Name, PropertyType Type, bool Optional);

/// <summary>What a business method left: the document as it changed it in memory, and the value it returned (null for none).</summary>
public sealed record BusinessMethodResult(DocumentValue Document, DocValue Value);
