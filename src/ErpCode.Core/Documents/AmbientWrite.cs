using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage;

namespace ErpCode.Core.Documents;

/// <summary>
/// The open transaction that calls of the document service join: the one of a write whose stored code is running
/// (<see cref="InStoredCode"/>), or the one of a unit of work. <see cref="Denials"/>, in a unit of work, collects the
/// denials met inside, to audit once the transaction is over.
/// </summary>
internal sealed record AmbientWrite(IStoreTransaction Transaction, bool InStoredCode, ICollection<PermissionDeniedException>? Denials);
