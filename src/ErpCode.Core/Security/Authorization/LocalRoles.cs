using System.Collections.Immutable;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;

namespace ErpCode.Core.Security.Authorization;

/// <summary>
/// Roles held on one document only (the Zope model): <see cref="Roles.SiteRoles.Owner"/> for its creator, and the
/// roles given on it to a user or a group (an Assignee of this order). Stored in the document's
/// <see cref="SystemProperties.LocalRoles"/> as flat entries <c>user:bob:Assignee</c> and <c>group:sales:Reviewer</c>,
/// so that a store query can match them.
/// </summary>
public static class LocalRoles
{
    public const string UserPrefix = "user:";
    public const string GroupPrefix = "group:";

    public static string UserEntry(string user, string role) => $"{UserPrefix}{user}:{role}";

    public static string GroupEntry(string group, string role) => $"{GroupPrefix}{group}:{role}";

    /// <summary>The entries a caller would match for <paramref name="role"/>: as a user, and through each of their groups.</summary>
    public static IEnumerable<string> EntriesFor(Caller caller, string role)
    {
        ArgumentNullException.ThrowIfNull(caller);
        yield return UserEntry(caller.Name, role);
        foreach (var group in caller.Groups)
        {
            yield return GroupEntry(group, role);
        }
    }

    /// <summary>The entries stored on a document.</summary>
    public static ImmutableArray<string> Entries(DocumentValue body) =>
        body.TryGet(SystemProperties.LocalRoles, out var value) && value is ArrayValue list
            ? [.. list.Items.OfType<StringValue>().Select(s => s.Value)]
            : [];

    /// <summary>
    /// Every role <paramref name="caller"/> holds on the document: their site roles, Owner when they created it, and the
    /// local roles given to them or to one of their groups.
    /// </summary>
    public static ImmutableHashSet<string> Of(Caller caller, DocumentValue body)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(body);
        var roles = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        roles.UnionWith(caller.Roles);
        if (body.TryGet(SystemProperties.Owner, out var owner) && owner is StringValue { Value: var name } && name == caller.Name)
        {
            roles.Add(Roles.SiteRoles.Owner);
        }

        foreach (var entry in Entries(body))
        {
            if (Match(entry, caller) is { } role)
            {
                roles.Add(role);
            }
        }

        return roles.ToImmutable();
    }

    /// <summary>The principal part of an entry (<c>user:bob</c>) and its role, or null for an entry that is not well formed.</summary>
    public static (string Principal, string Role)? Parse(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var last = entry.LastIndexOf(':');
        var principal = last > 0 ? entry[..last] : string.Empty;
        return last > 0 && last < entry.Length - 1 && (principal.StartsWith(UserPrefix, StringComparison.Ordinal) || principal.StartsWith(GroupPrefix, StringComparison.Ordinal)) && principal.IndexOf(':', principal.IndexOf(':') + 1) < 0
            ? (principal, entry[(last + 1)..])
            : null;
    }

    private static string? Match(string entry, Caller caller)
    {
        if (Parse(entry) is not { } parsed)
        {
            return null;
        }

        var matches = parsed.Principal == UserPrefix + caller.Name
            || (parsed.Principal.StartsWith(GroupPrefix, StringComparison.Ordinal) && caller.Groups.Contains(parsed.Principal[GroupPrefix.Length..], StringComparer.Ordinal));
        return matches ? parsed.Role : null;
    }
}
