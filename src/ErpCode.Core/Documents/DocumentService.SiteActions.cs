using ErpCode.Core.Components;
using ErpCode.Core.Documents.Arguments;
using ErpCode.Core.Documents.SiteActions;
using ErpCode.Core.Errors;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Documents;

/// <summary>Actions of the site: Script components declared as one, run for a caller who holds one of their roles, in one transaction.</summary>
public sealed partial class DocumentService
{
    /// <summary>
    /// Runs the site action <paramref name="action"/> for <paramref name="caller"/>, who must hold one of its roles, with
    /// <paramref name="arguments"/> by parameter name (coerced to the parameters' types, all problems reported together).
    /// Everything the script writes through the portal (each write checked against the caller's permissions plus the
    /// script's proxy roles) is one transaction: kept when the script ends, gone when it throws. Returns the value the
    /// script returned, coerced to the declared type; null when it declares none.
    /// </summary>
    /// <exception cref="UnknownSiteActionException">There is no running action of that name.</exception>
    /// <exception cref="PermissionDeniedException">The caller holds none of its roles (audited), or the script met a denial.</exception>
    /// <exception cref="InvalidArgumentsException">An argument is missing, of the wrong type or not a parameter; nothing ran.</exception>
    /// <exception cref="SiteActionRefusedException">The script threw or ran out of its budget; nothing it wrote was kept.</exception>
    public async Task<DocValue> RunActionAsync(string action, IReadOnlyDictionary<string, DocValue> arguments, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        if (!lease.Scripts.Actions.TryGetValue(action, out var declared))
        {
            throw new UnknownSiteActionException(action, lease.Scripts.Actions.Keys);
        }

        if (!SiteActionRules.MayRun(declared, caller))
        {
            throw await DeniedAsync(caller, SiteActionRules.Permission, $"Action {action}", $"only {string.Join(", ", declared.Roles)} may run it", cancellationToken);
        }

        var (values, errors) = OperationArguments.Check(action, declared.Parameters, arguments);
        if (errors.Length > 0)
        {
            throw new InvalidArgumentsException(action, errors);
        }

        // Every parameter is there for the script, an omitted optional one as null.
        var given = declared.Parameters.Zip(values).ToDictionary(p => p.First.Name, p => p.Second, StringComparer.Ordinal);

        try
        {
            return await WriteAsync(
                transaction =>
                {
                    DocValue value = DocValue.Null;
                    try
                    {
                        InTransaction(transaction, () => value = lease.Scripts.RunAction(action, caller, given, cancellationToken));
                    }
                    catch (ErpCodeException ex) when (ex is not PermissionDeniedException && ex.InnerException is not PermissionDeniedException)
                    {
                        // The script refuses by throwing: its own message is what the caller reads, and the rollback drops its writes.
                        throw new SiteActionRefusedException(action, ex.InnerException?.Message ?? ex.Message, ex);
                    }

                    // Checked before the commit: a result of the wrong type undoes what the script wrote, as a throw would.
                    return Task.FromResult(Result(action, declared, value));
                },
                cancellationToken);
        }
        catch (ErpCodeException ex) when (ex.InnerException is PermissionDeniedException denied)
        {
            // The script met a denial (audited once the transaction was over): the caller reads it as theirs, a 403.
            throw denied;
        }
    }

    /// <summary>The returned value as the declared type: null when none is declared; a value of another type is the script's fault.</summary>
    private static DocValue Result(string action, SiteAction declared, DocValue returned)
    {
        if (declared.Returns is not { } type || returned is NullValue)
        {
            return DocValue.Null;
        }

        return Coercion.ValueCoercion.Coerce(new Types.Definitions.PropertyDefinition { Name = action, Type = type }, returned, out var problem)
            ?? throw new SiteActionRefusedException(action, $"it declares a {type} result, but its script returned {returned.Kind}: the result {problem}");
    }
}
