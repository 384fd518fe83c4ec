using System.Collections.Immutable;
using ErpCode.Core.Documents.Ids;
using ErpCode.Core.Documents.Input;
using ErpCode.Core.Documents.Storage;
using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Runtime;
using FluentValidation;

namespace ErpCode.Core.Documents;

/// <summary>
/// The one place that creates, reads, updates, deletes and queries business documents; the API, the portal, the
/// CLI and stored code all go through it. Each call leases the site's runtime snapshot and keeps it to the end, so a
/// definition changed meanwhile applies from the next call. A write coerces and validates the whole document
/// (returning every error at once, nothing written), runs the business class, checks references, gives ids and
/// stamps, and writes the document with its history entry in one transaction. Every call is checked against the
/// caller's permissions on the document (<see cref="DocumentPermissions"/>): a document the caller may not view does
/// not exist for them (not found, so ids do not leak), queries and counts only ever see viewable documents, and a
/// refused change is audited and changes nothing.
/// </summary>
public sealed partial class DocumentService(IDocumentStore store, ISiteRuntime runtime, TimeProvider time, SecurityPolicy policy)
{
    private const int MaxWriteAttempts = 20;
    private const string PendingAuditKey = "ErpCode.PendingAudit";

    // The transaction of the write whose AfterSave hook is running, for the writes that stored code makes from it
    // (through the portal, which calls back into this service): they join it, so the document and what its class
    // wrote commit or roll back together, and no second writer waits for the first one's lock. A unit of work
    // (InTransactionAsync) opens one for all the calls it makes.
    private readonly AsyncLocal<AmbientWrite?> _ambient = new();

    public async Task<BusinessDocument> CreateAsync(string portalType, DocumentValue input, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        await DemandAsync(lease, type, null, null, caller, SitePermissions.Add, cancellationToken);
        string? givenId = null;
        if (input.TryGet(SystemProperties.Id, out var idValue) && idValue is not NullValue)
        {
            givenId = idValue is StringValue s ? s.Value : null;
            if (givenId is null || DocumentId.Check(givenId) is not null)
            {
                throw new DocumentValidationException(type.Name, null, [new ValidationError(SystemProperties.Id, $"Id is not a valid id: {(givenId is null ? "it must be text" : DocumentId.Check(givenId))}")]);
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var body = await PrepareAsync(lease, type, input, null, givenId, caller, isNew: true, cancellationToken);
        body = body.With(SystemProperties.CreatedAt, now).With(SystemProperties.ModifiedAt, now)
            .With(SystemProperties.Owner, caller.Name).With(SystemProperties.ModifiedBy, caller.Name);

        BusinessDocument created;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                created = await WriteAsync(
                    async transaction =>
                    {
                        var id = givenId ?? await new IdAllocator(transaction, time).NextAsync(type.Name, type.IdPattern, cancellationToken);
                        var stored = await transaction.Collection(DocumentCollections.Name(type.Name)).InsertAsync(new NewDocument(id, body, type.Name), cancellationToken);

                        // The first entry holds no values: version 1 is the document as created, and every later entry
                        // keeps the old values it replaced, so any version can be rebuilt without storing the document twice.
                        await AddHistoryAsync(transaction, type, stored, DocumentAction.Created, [], caller, now, cancellationToken);
                        RunAfterSave(transaction, lease, type, stored, isNew: true, caller, cancellationToken);
                        return View(type, stored);
                    },
                    cancellationToken);
                break;
            }
            catch (Exception ex) when (givenId is null && _ambient.Value is null && attempt < MaxWriteAttempts && ex is ConcurrencyException or StoreBusyException or DuplicateDocumentException)
            {
                // Another node took the same id counter in a concurrent transaction; take the next number.
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }

        return await FollowAutomaticIfAnyAsync(type, created, caller, cancellationToken);
    }

    public async Task<BusinessDocument?> FindAsync(string portalType, string id, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        if (DocumentId.Check(id) is not null)
        {
            return null;
        }

        var stored = await Collection(DocumentCollections.Name(type.Name)).FindAsync(id, cancellationToken);
        return stored is null || !DocumentPermissions.Holds(lease.Types, type, stored.Body, caller, SitePermissions.View) ? null : View(type, stored);
    }

    public async Task<BusinessDocument> GetAsync(string portalType, string id, Caller caller, CancellationToken cancellationToken = default) =>
        await FindAsync(portalType, id, caller, cancellationToken) ?? throw new DocumentNotFoundException(portalType, id);

    /// <summary>
    /// Applies <paramref name="changes"/> to the document at <paramref name="expectedVersion"/>: given properties replace
    /// stored ones, null clears one, a list of children replaces the list (children given with an existing Id keep it
    /// and are updated, others are added). The whole document is then validated as on creation.
    /// </summary>
    public async Task<BusinessDocument> UpdateAsync(string portalType, string id, long expectedVersion, DocumentValue changes, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        var existing = await ReadAsync(lease, type, id, caller, cancellationToken);
        await DemandAsync(lease, type, existing.Id, existing.Body, caller, SitePermissions.Modify, cancellationToken);
        if (existing.Version != expectedVersion)
        {
            throw new ConcurrencyException(type.Name, id, expectedVersion, existing.Version);
        }

        if (changes.TryGet(SystemProperties.Id, out var givenId) && !(givenId is StringValue s && s.Value == id))
        {
            throw new DocumentValidationException(type.Name, id, [new ValidationError(SystemProperties.Id, "Id cannot change")]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var body = await PrepareAsync(lease, type, changes, existing.Body, id, caller, isNew: false, cancellationToken);
        body = body.With(SystemProperties.ModifiedAt, now).With(SystemProperties.ModifiedBy, caller.Name);
        var updated = await WriteAsync(
            async transaction =>
            {
                var stored = await transaction.Collection(DocumentCollections.Name(type.Name)).ReplaceAsync(id, expectedVersion, body, cancellationToken);
                await AddHistoryAsync(transaction, type, stored, DocumentAction.Modified, Changes(type, existing.Body, stored.Body), caller, now, cancellationToken);
                RunAfterSave(transaction, lease, type, stored, isNew: false, caller, cancellationToken);
                return View(type, stored);
            },
            cancellationToken);
        return await FollowAutomaticIfAnyAsync(type, updated, caller, cancellationToken);
    }

    public async Task DeleteAsync(string portalType, string id, long expectedVersion, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        var existing = await ReadAsync(lease, type, id, caller, cancellationToken);
        await DemandAsync(lease, type, existing.Id, existing.Body, caller, SitePermissions.Delete, cancellationToken);
        if (await ReferenceChecker.FindReferrerAsync(Collection, lease.Types, type, id, cancellationToken) is { } referrer)
        {
            throw new DocumentInUseException(type.Name, id, referrer);
        }

        await WriteAsync(
            async transaction =>
            {
                await transaction.Collection(DocumentCollections.Name(type.Name)).DeleteAsync(id, expectedVersion, cancellationToken);
                await AddHistoryAsync(
                    transaction,
                    type,
                    existing with { Version = expectedVersion + 1 },
                    DocumentAction.Deleted,
                    Changes(type, existing.Body, null),
                    caller,
                    time.GetUtcNow().UtcDateTime,
                    cancellationToken);
                return true;
            },
            cancellationToken);
    }

    /// <summary>A page of the type's documents. Filters and sorts name properties of the type or system properties.</summary>
    public async Task<DocumentPage> QueryAsync(string portalType, Query query, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        var result = await Collection(DocumentCollections.Name(type.Name)).QueryAsync(Viewable(lease, type, query, caller), cancellationToken);
        return new DocumentPage([.. result.Documents.Select(d => View(type, d))], result.ContinuationToken);
    }

    public async Task<long> CountAsync(string portalType, Filter? filter, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        var viewable = DocumentPermissions.ViewFilter(lease.Types, type, caller);
        return await Collection(DocumentCollections.Name(type.Name)).CountAsync(viewable is null ? filter : filter is null ? viewable : Filter.And(filter, viewable), cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentHistoryEntry>> HistoryAsync(string portalType, string id, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using (var lease = runtime.Lease())
        {
            // The history of a deleted document is shown to those who may view every document of its type.
            var type = TypeOf(lease, portalType);
            var current = DocumentId.Check(id) is null ? await Collection(DocumentCollections.Name(type.Name)).FindAsync(id, cancellationToken) : null;
            if (!DocumentPermissions.Holds(lease.Types, type, current?.Body, caller, SitePermissions.View))
            {
                throw new DocumentNotFoundException(type.Name, id);
            }
        }

        var result = await Collection(DocumentCollections.HistoryCollection).QueryAsync(
            Query.Where(Filter.And(Filter.Eq(FieldPath.Parent, id), Filter.Eq(FieldPath.Type, portalType))).OrderBy(SortField.Asc("sequence")),
            cancellationToken);
        return [.. result.Documents.Select(DocumentHistoryCodec.Read)];
    }

    /// <summary>The stored document, when the caller may view it; not found otherwise (the same answer as for a missing id).</summary>
    private async Task<StoredDocument> ReadAsync(SiteLease lease, RuntimeType type, string id, Caller caller, CancellationToken cancellationToken)
    {
        var stored = DocumentId.Check(id) is null ? await Collection(DocumentCollections.Name(type.Name)).FindAsync(id, cancellationToken) : null;
        return stored is not null && DocumentPermissions.Holds(lease.Types, type, stored.Body, caller, SitePermissions.View)
            ? stored
            : throw new DocumentNotFoundException(type.Name, id);
    }

    /// <summary>Throws (audited) unless the caller holds <paramref name="permission"/> on the document (null body: on a new document of the type).</summary>
    private async Task DemandAsync(SiteLease lease, RuntimeType type, string? id, DocumentValue? body, Caller caller, string permission, CancellationToken cancellationToken)
    {
        if (!DocumentPermissions.Holds(lease.Types, type, body, caller, permission))
        {
            var holders = DocumentPermissions.Holders(lease.Types, type, body, permission);
            var where = body is null ? $"documents of {type.Name}" : $"{type.Name} {id}";
            var reason = $"{permission} on {where} is held by {(holders.IsEmpty ? "no role" : string.Join(", ", holders))}";
            var target = body is null ? type.Name : $"{type.Name} {id}";
            throw await DeniedAsync(caller, permission, target, reason, cancellationToken);
        }
    }

    /// <summary>The denial to throw, audited now, or, when asked from inside a write, once that write's transaction is over.</summary>
    private async Task<PermissionDeniedException> DeniedAsync(Caller caller, string permission, string target, string reason, CancellationToken cancellationToken)
    {
        if (_ambient.Value is { } ambient)
        {
            // Asked from inside a write (stored code, or a unit of work): audited once that transaction is over,
            // by the outermost write or by the unit of work, which sees it even when its caller answered it.
            var denied = SecurityPolicy.Deny(caller, permission, target, reason);
            denied.Data[PendingAuditKey] = true;
            ambient.Denials?.Add(denied);
            return denied;
        }

        return await policy.DeniedAsync(caller, permission, target, reason, cancellationToken);
    }

    /// <summary>The query restricted to the documents the caller may view, in the store query itself so pages and counts stay right.</summary>
    private static Query Viewable(SiteLease lease, RuntimeType type, Query query, Caller caller) =>
        DocumentPermissions.ViewFilter(lease.Types, type, caller) is { } viewable
            ? query with { Filter = Filter.And(query.Filter, viewable) }
            : query;

    /// <summary>
    /// A collection as this call sees it: inside the write whose stored code is running (an AfterSave hook, an after
    /// script, a business method), through that write's transaction, so the code reads what it has just written.
    /// </summary>
    private IDocumentCollection Collection(string name) => _ambient.Value is { } ambient ? ambient.Transaction.Collection(name) : store.Collection(name);

    private static RuntimeType TypeOf(SiteLease lease, string portalType) =>
        lease.Types.Find(portalType ?? string.Empty) ?? throw new UnknownPortalTypeException(portalType ?? string.Empty, lease.Revision);

    /// <summary>Coerces, fills, runs the business class, computes and validates; throws with every error, or returns the body to store.</summary>
    private async Task<DocumentValue> PrepareAsync(SiteLease lease, RuntimeType type, DocumentValue input, DocumentValue? existing, string? id, Caller caller, bool isNew, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var scope = new ValidationScope(lease.Types, caller, id, cancellationToken);
        var normalizer = new DocumentNormalizer(scope, errors);
        var body = normalizer.Apply(type, input, existing, string.Empty);
        return await CompleteAsync(lease, type, body, normalizer, errors, scope, id, caller, isNew, cancellationToken);
    }

    /// <summary>
    /// The document as stored code (a business method) left it, made ready to store as every save is: the code's changes
    /// are checked, then the save's interactions, the class's hooks, computed properties and validation run.
    /// </summary>
    private async Task<DocumentValue> PrepareCodeChangesAsync(SiteLease lease, RuntimeType type, DocumentValue stored, DocumentValue changed, string author, string id, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var scope = new ValidationScope(lease.Types, caller, id, cancellationToken);
        var normalizer = new DocumentNormalizer(scope, errors);
        var body = normalizer.ApplyCodeChanges(type, stored, changed, author);
        return await CompleteAsync(lease, type, body, normalizer, errors, scope, id, caller, isNew: false, cancellationToken);
    }

    private async Task<DocumentValue> CompleteAsync(SiteLease lease, RuntimeType type, DocumentValue body, DocumentNormalizer normalizer, List<ValidationError> errors, ValidationScope scope, string? id, Caller caller, bool isNew, CancellationToken cancellationToken)
    {
        if (errors.Count > 0)
        {
            throw new DocumentValidationException(type.Name, id, [.. errors]);
        }

        var call = new BusinessCall(type.Name, id ?? string.Empty, isNew, caller, cancellationToken);
        body = RunBeforeInteractions(lease, type, null, call, body, normalizer);
        if (type.Definition.BusinessClass is { Length: > 0 } businessClass && lease.Classes.Exists(businessClass))
        {
            var changed = lease.Classes.BeforeSave(businessClass, call, body, errors);
            body = normalizer.ApplyCodeChanges(type, body, changed, $"The business class {businessClass}");
        }

        body = normalizer.Compute(type, body, string.Empty, isRoot: true);
        var context = new ValidationContext<DocumentValue>(body);
        context.RootContextData[TypeValidator.ScopeKey] = scope;
        errors.AddRange(TypeValidator.Errors(type.Validator.Validate(context)));
        errors.AddRange(await ReferenceChecker.CheckAsync(Collection, lease.Types, type, body, cancellationToken));
        if (errors.Count > 0)
        {
            throw new DocumentValidationException(type.Name, id, [.. errors.DistinctBy(e => (e.Path, e.Message))]);
        }

        return body;
    }

    /// <summary>Runs <paramref name="work"/> in a transaction of its own, committed at the end, or in the one of the AfterSave hook it was called from.</summary>
    private async Task<T> WriteAsync<T>(Func<IStoreTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_ambient.Value is { } outer)
        {
            return await work(outer.Transaction);
        }

        return await OwnTransactionAsync(work, commit: true, cancellationToken);
    }

    /// <summary>
    /// Runs stored code (a Test component) whose writes through the portal all join one transaction that is rolled back
    /// at the end, whatever happens: it reads what it wrote, and leaves nothing behind.
    /// </summary>
    public async Task RunDiscardedAsync(Action storedCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storedCode);
        if (_ambient.Value is not null)
        {
            throw new InvalidOperationException("Discarded work cannot start inside a write.");
        }

        await OwnTransactionAsync(
            transaction =>
            {
                InTransaction(transaction, storedCode);
                return Task.FromResult(true);
            },
            commit: false,
            cancellationToken);
    }

    private async Task<T> OwnTransactionAsync<T>(Func<IStoreTransaction, Task<T>> work, bool commit, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await store.BeginTransactionAsync(cancellationToken);
            var result = await work(transaction);
            if (commit)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return result;
        }
        catch (Exception ex) when (PendingDenial(ex) is not null)
        {
            // The transaction is rolled back and its lock released: the denial stored code met can be audited now.
            var denied = PendingDenial(ex)!;
            denied.Data.Remove(PendingAuditKey);
            await policy.AuditAsync(denied, CancellationToken.None);
            throw;
        }
    }

    /// <summary>A denial met inside the write (possibly wrapped by the stored code that met it) that is not audited yet.</summary>
    private static PermissionDeniedException? PendingDenial(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is PermissionDeniedException denied && denied.Data.Contains(PendingAuditKey))
            {
                return denied;
            }
        }

        return null;
    }

    /// <summary>The business class's AfterSave, then the after scripts of the save interactions, all inside the write's transaction.</summary>
    private void RunAfterSave(IStoreTransaction transaction, SiteLease lease, RuntimeType type, StoredDocument stored, bool isNew, Caller caller, CancellationToken cancellationToken)
    {
        var call = new BusinessCall(type.Name, stored.Id, isNew, caller, cancellationToken);
        if (type.Definition.BusinessClass is { Length: > 0 } businessClass && lease.Classes.Exists(businessClass))
        {
            InTransaction(transaction, () => lease.Classes.AfterSave(businessClass, call, stored.Body));
        }

        RunAfterInteractions(transaction, lease, type, null, call, stored.Body);
    }

    /// <summary>Runs stored code whose writes (through the portal, back into this service) join <paramref name="transaction"/>.</summary>
    private void InTransaction(IStoreTransaction transaction, Action storedCode)
    {
        var previous = _ambient.Value;
        _ambient.Value = new AmbientWrite(transaction, InStoredCode: true, previous?.Denials);
        try
        {
            storedCode();
        }
        finally
        {
            _ambient.Value = previous;
        }
    }

    /// <summary>The document as the current type shows it: properties removed from the type stay stored but are left out.</summary>
    internal static BusinessDocument View(RuntimeType type, StoredDocument stored) =>
        new(type.Name, stored.Id, stored.Version, Exposed(type, stored.Body, isRoot: true));

    /// <summary>
    /// The body as callers see it: the type's properties, state variables, children and stamps. A body holding
    /// nothing else (the usual case) is returned as it is, since reads of whole pages would otherwise copy every
    /// document and every line.
    /// </summary>
    private static DocumentValue Exposed(RuntimeType type, DocumentValue body, bool isRoot)
    {
        List<KeyValuePair<string, DocValue>>? fields = null;
        var seen = 0;
        foreach (var field in body)
        {
            var shown = Shown(type, field, isRoot);
            if (fields is null && !ReferenceEquals(shown, field.Value))
            {
                fields = new List<KeyValuePair<string, DocValue>>(body.Count);
                fields.AddRange(body.Take(seen));
            }

            if (fields is not null && shown is not null)
            {
                fields.Add(new(field.Key, shown));
            }

            seen++;
        }

        return fields is null ? body : DocumentValue.Create(fields);
    }

    /// <summary>What a caller sees of one field of a stored body: its value (the same instance when unchanged), or null when it is hidden.</summary>
    private static DocValue? Shown(RuntimeType type, KeyValuePair<string, DocValue> field, bool isRoot)
    {
        if (type.Property(field.Key) is not null || type.WorkflowOfStateVariable(field.Key) is not null)
        {
            return field.Value;
        }

        if (type.Child(field.Key) is { } child && field.Value is ArrayValue items)
        {
            return ExposedChildren(child.Type, items);
        }

        var isShownSystemProperty = isRoot
            ? SystemProperties.Stamps.Contains(field.Key) || field.Key == SystemProperties.LocalRoles || (field.Key == SystemProperties.Title && type.TitleKey is not null)
            : field.Key is SystemProperties.Id or SystemProperties.PortalType;
        return isShownSystemProperty ? field.Value : null;
    }

    private static ArrayValue ExposedChildren(RuntimeType type, ArrayValue items)
    {
        DocValue[]? shown = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var exposed = item is DocumentValue child ? Exposed(type, child, isRoot: false) : item;
            if (shown is null && !ReferenceEquals(exposed, item))
            {
                shown = new DocValue[items.Count];
                items.Items.CopyTo(0, shown, 0, i);
            }

            if (shown is not null)
            {
                shown[i] = exposed;
            }
        }

        return shown is null ? items : new ArrayValue(shown);
    }

    private static ImmutableArray<DocumentChange> Changes(RuntimeType type, DocumentValue? before, DocumentValue? after)
    {
        var old = new Dictionary<string, DocValue>(StringComparer.Ordinal);
        var now = new Dictionary<string, DocValue>(StringComparer.Ordinal);
        if (before is not null)
        {
            Flatten(type, before, string.Empty, old);
        }

        if (after is not null)
        {
            Flatten(type, after, string.Empty, now);
        }

        var changes = ImmutableArray.CreateBuilder<DocumentChange>();
        foreach (var path in old.Keys.Concat(now.Keys).Distinct(StringComparer.Ordinal))
        {
            var o = old.GetValueOrDefault(path);
            var n = now.GetValueOrDefault(path);
            if (!Equals(o, n))
            {
                changes.Add(new DocumentChange(path, o, n));
            }
        }

        return changes.ToImmutable();
    }

    private static void Flatten(RuntimeType type, DocumentValue body, string prefix, Dictionary<string, DocValue> into)
    {
        foreach (var (name, value) in body)
        {
            if (type.Child(name) is { } child && value is ArrayValue items)
            {
                foreach (var item in items.Items.OfType<DocumentValue>())
                {
                    var id = item.TryGet(SystemProperties.Id, out var v) ? v.ToString() : "?";
                    Flatten(child.Type, item, $"{prefix}{name}({id}).", into);
                }
            }
            else if (name is not (SystemProperties.ModifiedAt or SystemProperties.ModifiedBy or SystemProperties.Id or SystemProperties.PortalType))
            {
                into[prefix + name] = value;
            }
        }
    }

    private static async Task AddHistoryAsync(IStoreTransaction transaction, RuntimeType type, StoredDocument document, DocumentAction action, ImmutableArray<DocumentChange> changes, Caller caller, DateTime at, CancellationToken cancellationToken) =>
        await transaction.Collection(DocumentCollections.HistoryCollection).InsertAsync(
            DocumentHistoryCodec.Write(type.Name, document.Id, new DocumentHistoryEntry((int)document.Version, action, caller.Name, at, document.Version, changes)),
            cancellationToken);
}
