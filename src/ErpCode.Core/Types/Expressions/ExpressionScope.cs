using ErpCode.Core.Security;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Types.Expressions;

/// <summary>What an expression sees: the document (as it will be saved), its id and type, and the caller.</summary>
public sealed record ExpressionScope(
    DocumentValue Document,
    string? DocumentId,
    string PortalType,
    Caller Caller,
    CancellationToken CancellationToken = default);
