using ErpCode.Core.Documents.Arguments;
using ErpCode.Core.Documents.Coercion;
using ErpCode.Core.Documents.Storage;
using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Runtime;

namespace ErpCode.Core.Documents;

/// <summary>Business methods: what a document's class exposes, called with the caller's permissions and saved as any change is.</summary>
public sealed partial class DocumentService
{
    /// <summary>The business methods the class of <paramref name="portalType"/> exposes at the running revision.</summary>
    public IReadOnlyList<BusinessMethod> BusinessMethods(string portalType)
    {
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        return type.Definition.BusinessClass is { Length: > 0 } businessClass ? lease.Classes.Methods(businessClass) : [];
    }

    /// <summary>
    /// Calls the business method <paramref name="method"/> of the document's class with <paramref name="arguments"/>
    /// (by parameter name; coerced to the parameters' types, all problems reported together). A read-only method needs
    /// View and saves nothing; any other needs Modify, runs with the method interactions of the chain around it, and
    /// what it changed on the document is saved as any change is (hooks, validation, history) in one transaction with
    /// what it wrote through the portal. <paramref name="expectedVersion"/>, when given, must be the current version.
    /// </summary>
    public async Task<BusinessMethodOutcome> CallAsync(string portalType, string id, long? expectedVersion, string method, IReadOnlyDictionary<string, DocValue> arguments, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        var existing = await ReadAsync(lease, type, id, caller, cancellationToken);
        var businessClass = type.Definition.BusinessClass;
        var target = businessClass is { Length: > 0 } && lease.Classes.Exists(businessClass)
            ? lease.Classes.Methods(businessClass).FirstOrDefault(m => m.Name == method)
                ?? throw new UnknownBusinessMethodException(type.Name, method, $"{businessClass} exposes {Describe(lease.Classes.Methods(businessClass))}")
            : throw new UnknownBusinessMethodException(type.Name, method, "its type has no running business class");
        if (!target.ReadOnly)
        {
            await DemandAsync(lease, type, existing.Id, existing.Body, caller, SitePermissions.Modify, cancellationToken);
        }

        if (expectedVersion is { } expected && existing.Version != expected)
        {
            throw new ConcurrencyException(type.Name, id, expected, existing.Version);
        }

        var values = Arguments(type, target, arguments);
        var call = new BusinessCall(type.Name, existing.Id, false, caller, cancellationToken);
        if (target.ReadOnly)
        {
            var read = lease.Classes.Call(businessClass!, method, call, existing.Body, values);
            return new BusinessMethodOutcome(View(type, existing), read.Value);
        }

        var outcome = await CallAndSaveAsync(lease, type, businessClass!, target, existing, call, values, cancellationToken);
        return outcome with { Document = await FollowAutomaticIfAnyAsync(type, outcome.Document, caller, cancellationToken) };
    }

    private async Task<BusinessMethodOutcome> CallAndSaveAsync(SiteLease lease, RuntimeType type, string businessClass, BusinessMethod method, StoredDocument existing, BusinessCall call, IReadOnlyList<DocValue> values, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var normalizer = new Input.DocumentNormalizer(new ValidationScope(lease.Types, call.Caller, existing.Id, cancellationToken), errors);
        var before = RunBeforeInteractions(lease, type, method.Name, call, existing.Body, normalizer);
        if (errors.Count > 0)
        {
            throw new DocumentValidationException(type.Name, existing.Id, [.. errors]);
        }

        return await WriteAsync(
            async transaction =>
            {
                BusinessMethodResult result = null!;
                InTransaction(transaction, () => result = lease.Classes.Call(businessClass, method.Name, call, before, values));
                var collection = transaction.Collection(DocumentCollections.Name(type.Name));

                // The method may have fired a transition on its own document through the portal: its changes go on top.
                var current = await collection.GetAsync(existing.Id, cancellationToken);
                var changed = WithChanges(current.Body, existing.Body, result.Document);
                var document = View(type, current);
                if (!changed.Equals(current.Body))
                {
                    var now = time.GetUtcNow().UtcDateTime;
                    var body = (await PrepareCodeChangesAsync(lease, type, current.Body, changed, $"The business method {method.Name} of {businessClass}", existing.Id, call.Caller, cancellationToken))
                        .With(Types.Checking.SystemProperties.ModifiedAt, now).With(Types.Checking.SystemProperties.ModifiedBy, call.Caller.Name);
                    var stored = await collection.ReplaceAsync(existing.Id, current.Version, body, cancellationToken);
                    await AddHistoryAsync(transaction, type, stored, DocumentAction.Modified, Changes(type, current.Body, stored.Body), call.Caller, now, cancellationToken);
                    RunAfterSave(transaction, lease, type, stored, isNew: false, call.Caller, cancellationToken);
                    document = View(type, stored);
                }

                RunAfterInteractions(transaction, lease, type, method.Name, call, document.Properties);
                return new BusinessMethodOutcome(document, result.Value);
            },
            cancellationToken);
    }

    /// <summary><paramref name="current"/> with the top-level properties the code changed from <paramref name="before"/> to <paramref name="after"/>.</summary>
    private static DocumentValue WithChanges(DocumentValue current, DocumentValue before, DocumentValue after)
    {
        var result = current;
        foreach (var (name, value) in after)
        {
            if (!before.TryGet(name, out var old) || !old.Equals(value))
            {
                result = result.With(name, value);
            }
        }

        foreach (var name in before.Names.Where(n => !after.Contains(n)))
        {
            result = result.Without(name);
        }

        return result;
    }

    /// <summary>The arguments in the method's order, coerced to its parameters' types; every problem named by parameter.</summary>
    private static List<DocValue> Arguments(RuntimeType type, BusinessMethod method, IReadOnlyDictionary<string, DocValue> given)
    {
        var (values, errors) = OperationArguments.Check(method.Name, method.Parameters, given);
        return errors.Length > 0 ? throw new DocumentValidationException(type.Name, null, errors) : values;
    }

    private static string Describe(IReadOnlyList<BusinessMethod> methods) =>
        methods.Count == 0 ? "no business method" : string.Join(", ", methods.Select(m => m.Name));
}
