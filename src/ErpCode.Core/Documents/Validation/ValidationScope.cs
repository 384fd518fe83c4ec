using ErpCode.Core.Security;
using ErpCode.Core.Types.Expressions;
using ErpCode.Core.Types.Runtime;

namespace ErpCode.Core.Documents.Validation;

/// <summary>What validation runs with besides the document: the types (and their compiled expressions) of the leased snapshot, the caller, the document's id.</summary>
public sealed record ValidationScope(TypeSystem Types, Caller Caller, string? DocumentId, CancellationToken CancellationToken = default)
{
    public ExpressionSet? Expressions => Types.Expressions;
}
